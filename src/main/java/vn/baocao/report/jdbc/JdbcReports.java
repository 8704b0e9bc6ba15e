package vn.baocao.report.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.ValueJson;
import vn.baocao.roster.UserRef;

/**
 * {@link Reports} on the {@code report_revision} table through Spring Data JDBC
 * ({@link RevisionRows}); revisions are only ever added.
 */
@PerCampaign
@Repository
class JdbcReports implements Reports {

	private final RevisionRows rows;

	private final String campaignId;

	JdbcReports(RevisionRows rows, Campaign campaign) {
		this.rows = rows;
		this.campaignId = campaign.id();
	}

	@Override
	public Optional<DailyReport> find(String hamletCode, LocalDate day) {
		return group(rows.findByCampaignIdAndHamletCodeAndDayOrderByRevision(campaignId, hamletCode, day.toString()))
			.stream()
			.findFirst();
	}

	@Override
	public DailyReport addRevision(String hamletCode, LocalDate day, Revision revision) {
		rows.save(new RevisionRow(null, campaignId, hamletCode, day.toString(), revision.number(),
				ValueJson.toJson(revision.values()).toString(), revision.submittedBy().channel().key(),
				revision.submittedBy().userId(), revision.submittedByName(), revision.submittedAt().toEpochMilli(),
				revision.timeliness().name()));
		return find(hamletCode, day).orElseThrow();
	}

	@Override
	public List<DailyReport> forDay(LocalDate day) {
		return between(day, day);
	}

	@Override
	public List<DailyReport> between(LocalDate firstDay, LocalDate lastDay) {
		return group(rows.findByCampaignIdAndDayBetweenOrderByDayAscHamletCodeAscRevisionAsc(campaignId,
				firstDay.toString(), lastDay.toString()));
	}

	private static Revision revision(RevisionRow row) {
		UserRef by = new UserRef(Channel.fromKey(row.submittedChannel()).orElseThrow(), row.submittedUser());
		return new Revision(row.revision(), ValueJson.valuesFrom(row.valuesJson()), by, row.submittedName(),
				Instant.ofEpochMilli(row.submittedAt()), Timeliness.valueOf(row.timeliness()));
	}

	private static List<DailyReport> group(List<RevisionRow> rows) {
		Map<String, List<RevisionRow>> byReport = new LinkedHashMap<>();
		for (RevisionRow row : rows) {
			byReport.computeIfAbsent(row.day() + "/" + row.hamletCode(), k -> new ArrayList<>()).add(row);
		}
		return byReport.values()
			.stream()
			.map(list -> new DailyReport(list.get(0).hamletCode(), LocalDate.parse(list.get(0).day()),
					list.stream().map(JdbcReports::revision).toList()))
			.toList();
	}

}
