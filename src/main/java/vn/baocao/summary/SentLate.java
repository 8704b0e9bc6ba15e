package vn.baocao.summary;

import java.time.Instant;

/**
 * A scheduled message that goes out after its time (the bot was down): when it was due
 * and when it went.
 */
public record SentLate(Instant due, Instant sent) {
}
