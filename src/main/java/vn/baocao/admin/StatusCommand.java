package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.admin.DayRoll.HamletDay;
import vn.baocao.admin.DayRoll.Standing;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Reachability;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Review;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.report.Revision;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * /status [dd/MM], /tinhhinh: one day's reporting at a glance: how many reported, then
 * each hamlet with who sent it and when, or who has not.
 */
@PerCampaign
@Component
@Order(20)
final class StatusCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Roster roster;

	private final People people;

	private final DayRoll roll;

	private final Reviews reviews;

	private final Reachability reachability;

	private final Texts core = new Texts();

	StatusCommand(AdminDesk admin, Roster roster, People people, DayRoll roll, Reviews reviews,
			Reachability reachability) {
		this.reachability = reachability;
		this.admin = admin;
		this.reviews = reviews;
		this.roster = roster;
		this.people = people;
		this.roll = roll;
	}

	@Override
	public List<String> names() {
		return List.of("status", "tinhhinh");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.status");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		if (words.size() > 1) {
			return admin.usage(in, state, "status");
		}
		LocalDate day = admin.calendar().today();
		if (words.size() == 1) {
			CampaignDays.Typed typed = CampaignDays.parse(words.get(0), admin.campaign().schedule());
			if (!(typed instanceof CampaignDays.Day typedDay)) {
				return admin.notACampaignDay(in, state, typed, "status");
			}
			day = typedDay.day();
		}
		else if (!admin.calendar().isCampaignDay(day)) {
			return admin.todayOutside(in, state, "/" + command.name() + " " + admin.exampleDay());
		}
		return admin.say(in, state, String.join("\n", lines(in, day)));
	}

	private List<String> lines(Inbound in, LocalDate day) {
		List<HamletDay> all = roll.of(day);
		List<HamletDay> hamlets = all.stream().filter(d -> d.hamlet().isHamlet()).toList();
		List<HamletDay> organisations = all.stream().filter(d -> !d.hamlet().isHamlet()).toList();
		List<Review> dayReviews = admin.campaign().review() ? reviews.between(day, day) : List.of();
		List<String> lines = new ArrayList<>();
		lines.add(admin.text("status.title", admin.day(day), admin.time(admin.calendar().now())));
		lines.add(counts("status.counts", hamlets));
		if (!organisations.isEmpty()) {
			lines.add(counts("status.organisations", organisations));
		}
		if (admin.campaign().review()) {
			int[] byState = new int[ReviewState.values().length];
			all.stream()
				.filter(d -> d.report() != null)
				.forEach(d -> byState[ReviewState.of(d.report(), dayReviews).ordinal()]++);
			if (all.stream().anyMatch(d -> d.report() != null)) {
				lines.add(admin.text("status.review.counts", byState[ReviewState.ACCEPTED.ordinal()],
						byState[ReviewState.WAITING.ordinal()], byState[ReviewState.RETURNED.ordinal()]));
			}
		}
		for (HamletDay hamletDay : all) {
			lines.add(admin.text("status.line", hamletDay.hamlet().name(), admin.standing(hamletDay),
					detail(in, hamletDay) + review(hamletDay, dayReviews)));
		}
		return lines;
	}

	private String counts(String key, List<HamletDay> days) {
		long onTime = days.stream().filter(d -> d.standing() == Standing.ON_TIME).count();
		long late = days.stream().filter(d -> d.standing() == Standing.LATE).count();
		long excused = days.stream().filter(d -> d.standing() == Standing.EXCUSED).count();
		long missing = days.stream().filter(d -> d.standing() == Standing.MISSING).count();
		return admin.text(key, onTime + late, days.size() - excused, late, excused, missing);
	}

	/**
	 * " — chờ duyệt", " — đã duyệt", " — cần bổ sung (lý do)"; empty when not reviewed.
	 */
	private String review(HamletDay day, List<Review> dayReviews) {
		DailyReport report = day.report();
		if (report == null || !admin.campaign().review()) {
			return "";
		}
		Optional<Review> latest = ReviewState.latest(report, dayReviews);
		ReviewState state = latest.map(Review::state).orElse(ReviewState.WAITING);
		String words = admin.text(state.textKey());
		String reason = latest.map(Review::reason).orElse(null);
		return state == ReviewState.RETURNED && reason != null ? admin.text("status.review.reason", words, reason)
				: admin.text("status.review", words);
	}

	/** Who sent the report (and how often it was amended), or who should have. */
	private String detail(Inbound in, HamletDay day) {
		DailyReport report = day.report();
		if (report != null) {
			Revision first = report.first();
			Revision latest = report.latest();
			String by = admin.text("status.by", first.submittedByName());
			return report.revisions().size() == 1 ? by : by
					+ admin.text("status.revised", report.revisions().size() - 1, admin.time(latest.submittedAt()));
		}
		if (day.standing() == Standing.MISSING) {
			List<UserRef> leads = roster.leadsOf(day.hamlet().code());
			if (leads.isEmpty()) {
				return admin.text("status.no-lead", day.hamlet().code());
			}
			String who = admin.text("status.leads", people.labels(leads, in.channel()));
			List<String> notes = reachability.unreachable(leads, roster::privateChatOf)
				.stream()
				.map(reach -> core.get(reach.textKey()))
				.toList();
			return notes.isEmpty() ? who : who + " (" + String.join("; ", notes) + ")";
		}
		return "";
	}

}
