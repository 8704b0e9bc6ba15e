package vn.baocao.schedule;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;

/**
 * The record of scheduled runs, one row per (job, campaign day): the guard that makes a
 * run happen once however often Quartz fires it. Claim a run in the transaction that
 * queues its messages: if the claim fails, another firing already did the work.
 */
@PerCampaign
@Repository
class Runs {

	private final JdbcClient jdbc;

	private final String campaignId;

	Runs(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaignId = campaign.id();
	}

	record Record(String job, String day, Instant dueAt, Instant ranAt, Outcome outcome, int messages) {
	}

	/** Records the run unless it is already recorded; true if this call recorded it. */
	boolean claim(Run run, Instant dueAt, Instant ranAt, Outcome outcome, int messages) {
		return jdbc.sql("""
				INSERT INTO schedule_run (campaign_id, job, day, due_at, ran_at, outcome, messages)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, job, day) DO NOTHING""")
			.params(campaignId, run.job(), run.day().toString(), dueAt.toEpochMilli(), ranAt.toEpochMilli(),
					outcome.name(), messages)
			.update() == 1;
	}

	boolean isDone(Run run) {
		return find(run).isPresent();
	}

	Optional<Record> find(Run run) {
		return jdbc.sql("SELECT * FROM schedule_run WHERE campaign_id = ? AND job = ? AND day = ?")
			.params(campaignId, run.job(), run.day().toString())
			.query((rs, n) -> new Record(rs.getString("job"), rs.getString("day"),
					Instant.ofEpochMilli(rs.getLong("due_at")), Instant.ofEpochMilli(rs.getLong("ran_at")),
					Outcome.valueOf(rs.getString("outcome")), rs.getInt("messages")))
			.optional();
	}

	/** The ids ({@link Run#id()}) of every recorded run of the campaign. */
	Set<String> doneIds() {
		return new HashSet<>(jdbc.sql("SELECT job || '/' || day FROM schedule_run WHERE campaign_id = ?")
			.param(campaignId)
			.query(String.class)
			.list());
	}

	/**
	 * When the campaign's schedule was first installed; the first call records
	 * {@code now}.
	 */
	Instant installedSince(Instant now) {
		jdbc.sql(
				"INSERT INTO schedule_install (campaign_id, installed_at) VALUES (?, ?) ON CONFLICT (campaign_id) DO NOTHING")
			.params(campaignId, now.toEpochMilli())
			.update();
		return Instant.ofEpochMilli(jdbc.sql("SELECT installed_at FROM schedule_install WHERE campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single());
	}

}
