package vn.baocao.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One unit's report of one day, with all its revisions, oldest first, each with its
 * reviews; {@code review} the report's state in words (null when nothing was sent or
 * review is off).
 */
record UnitPage(String campaignName, String code, String name, LocalDate day, String dayShown,
		List<RevisionView> revisions, @Nullable String excuse, List<String> supervisors, @Nullable String review) {

	record RevisionView(int number, String sender, String sentAt, String timeliness, List<Board.Line> figures,
			List<String> reviews) {
	}

}
