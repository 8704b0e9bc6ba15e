package vn.baocao.schedule;

import vn.baocao.messaging.Texts;

/**
 * The schedule's own sentences ({@code messages/schedule_vi.properties}), kept apart from
 * the core's.
 */
record ScheduleTexts(Texts texts) {

	String get(String key, Object... args) {
		return texts.get(key, args);
	}

}
