package vn.baocao.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, in the campaign's zone. */
public final class MutableClock extends Clock {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant now;

	private final ZoneId zone;

	public MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** A clock at a local date-time in Vietnam, e.g. {@code at("2024-12-10T14:00")}. */
	public static MutableClock at(String localDateTime) {
		return new MutableClock(LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant(), VIETNAM);
	}

	public void set(String localDateTime) {
		now = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

	public void set(Instant instant) {
		now = instant;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this.zone.equals(zone) ? this : new ZoneShifted(this, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

	/** Shares the instant of its parent, so moving the parent moves it. */
	private static final class ZoneShifted extends Clock {

		private final MutableClock parent;

		private final ZoneId zone;

		ZoneShifted(MutableClock parent, ZoneId zone) {
			this.parent = parent;
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return parent.withZone(zone);
		}

		@Override
		public Instant instant() {
			return parent.instant();
		}

	}

}
