package vn.baocao.report.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.ValueJson;
import vn.baocao.roster.UserRef;

/**
 * {@link Reports} on the {@code report_revision} table; revisions are only ever added.
 */
@Repository
class JdbcReports implements Reports {

	private final JdbcClient jdbc;

	private final String campaignId;

	JdbcReports(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaignId = campaign.id();
	}

	@Override
	public Optional<DailyReport> find(String hamletCode, LocalDate day) {
		List<Row> rows = jdbc
			.sql("""
					SELECT * FROM report_revision WHERE campaign_id = ? AND hamlet_code = ? AND day = ? ORDER BY revision""")
			.params(campaignId, hamletCode, day.toString())
			.query(JdbcReports::row)
			.list();
		return group(rows).stream().findFirst();
	}

	@Override
	public DailyReport addRevision(String hamletCode, LocalDate day, Revision revision) {
		jdbc.sql("""
				INSERT INTO report_revision (campaign_id, hamlet_code, day, revision, values_json, submitted_channel,
				  submitted_user, submitted_name, submitted_at, timeliness)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(campaignId, hamletCode, day.toString(), revision.number(),
					ValueJson.toJson(revision.values()).toString(), revision.submittedBy().channel().key(),
					revision.submittedBy().userId(), revision.submittedByName(), revision.submittedAt().toEpochMilli(),
					revision.timeliness().name())
			.update();
		return find(hamletCode, day).orElseThrow();
	}

	@Override
	public List<DailyReport> forDay(LocalDate day) {
		return between(day, day);
	}

	@Override
	public List<DailyReport> between(LocalDate firstDay, LocalDate lastDay) {
		return group(jdbc.sql("""
				SELECT * FROM report_revision WHERE campaign_id = ? AND day >= ? AND day <= ?
				ORDER BY day, hamlet_code, revision""")
			.params(campaignId, firstDay.toString(), lastDay.toString())
			.query(JdbcReports::row)
			.list());
	}

	private record Row(String hamlet, LocalDate day, Revision revision) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		UserRef by = new UserRef(Channel.fromKey(rs.getString("submitted_channel")).orElseThrow(),
				rs.getString("submitted_user"));
		Revision revision = new Revision(rs.getInt("revision"), ValueJson.valuesFrom(rs.getString("values_json")), by,
				rs.getString("submitted_name"), Instant.ofEpochMilli(rs.getLong("submitted_at")),
				Timeliness.valueOf(rs.getString("timeliness")));
		return new Row(rs.getString("hamlet_code"), LocalDate.parse(rs.getString("day")), revision);
	}

	private static List<DailyReport> group(List<Row> rows) {
		Map<String, List<Row>> byReport = new LinkedHashMap<>();
		for (Row row : rows) {
			byReport.computeIfAbsent(row.day() + "/" + row.hamlet(), k -> new ArrayList<>()).add(row);
		}
		return byReport.values()
			.stream()
			.map(list -> new DailyReport(list.get(0).hamlet(), list.get(0).day(),
					list.stream().map(Row::revision).toList()))
			.toList();
	}

}
