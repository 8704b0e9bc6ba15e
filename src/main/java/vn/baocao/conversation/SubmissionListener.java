package vn.baocao.conversation;

import java.util.List;

import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;

/**
 * Told of each stored revision inside the same transaction, so that whatever it sends (a
 * supervisor's digest) is committed together with the report or not at all.
 */
public interface SubmissionListener {

	List<Outbound> submitted(DailyReport report, Revision revision);

	static SubmissionListener none() {
		return (report, revision) -> List.of();
	}

}
