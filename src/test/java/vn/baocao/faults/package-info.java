/**
 * The fault suite: the bot killed, restarted and fed generated input; run with
 * {@code -Pfaults}.
 */
@NullMarked
package vn.baocao.faults;

import org.jspecify.annotations.NullMarked;
