package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Review;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * Accepting a unit's report or sending it back: who may (a supervisor of the unit or an
 * admin, never one of the unit's own leads), which report (the day typed, else the unit's
 * latest report up to today), the stored review, its audit line and the messages to the
 * unit's leads. Shared by /accept and /return, typed or pressed under a digest.
 */
@PerCampaign
@Component
final class Reviewing {

	static final int MAX_REASON = 500;

	private final AdminDesk admin;

	private final Reports reports;

	private final Reviews reviews;

	private final Roster roster;

	private final Supervisors supervisors;

	private final AuditLog audit;

	Reviewing(AdminDesk admin, Reports reports, Reviews reviews, Roster roster, Supervisors supervisors,
			AuditLog audit) {
		this.admin = admin;
		this.reports = reports;
		this.reviews = reviews;
		this.roster = roster;
		this.supervisors = supervisors;
		this.audit = audit;
	}

	/**
	 * The report a review command is about, or the answer that says why there is none.
	 */
	sealed interface Target {

	}

	record Found(Unit unit, DailyReport report, ReviewState state) implements Target {
	}

	record Refused(Turn answer) implements Target {
	}

	/**
	 * Finds the report {@code words} name (a unit code, then maybe a dd/MM day) and
	 * checks that the user may review it. {@code rest} receives what follows the code and
	 * the day.
	 */
	Target target(Inbound in, DialogState state, String canonicalName, List<String> words, List<String> rest) {
		if (!admin.campaign().review()) {
			return new Refused(admin.answer(in, state, "review.off"));
		}
		if (words.isEmpty()) {
			return new Refused(admin.usage(in, state, canonicalName));
		}
		Optional<Unit> found = admin.hamlet(words.get(0));
		if (found.isEmpty()) {
			return new Refused(admin.unknownHamlet(in, state, words.get(0)));
		}
		Unit unit = found.get();
		Optional<String> refusal = refusal(in, unit);
		if (refusal.isPresent()) {
			return new Refused(admin.answer(in, state, refusal.get(), unit.name()));
		}
		LocalDate day = null;
		int next = 1;
		if (words.size() > 1 && CampaignDays.looksLikeDate(words.get(1))) {
			CampaignDays.Typed typed = CampaignDays.parse(words.get(1), admin.campaign().schedule());
			if (!(typed instanceof CampaignDays.Day typedDay)) {
				return new Refused(admin.notACampaignDay(in, state, typed, canonicalName));
			}
			day = typedDay.day();
			next = 2;
		}
		rest.addAll(words.subList(next, words.size()));
		Optional<DailyReport> report = day != null ? reports.find(unit.code(), day) : latest(unit);
		if (report.isEmpty()) {
			return new Refused(day == null ? admin.answer(in, state, "review.nothing", unit.name())
					: admin.answer(in, state, "review.no-report", unit.name(), admin.day(day)));
		}
		List<Review> past = reviews.of(unit.code(), report.get().day());
		return new Found(unit, report.get(), ReviewState.of(report.get(), past));
	}

	/** Why this user may not review the unit (a bundle key), if they may not. */
	Optional<String> refusal(Inbound in, Unit unit) {
		UserRef user = in.user().ref();
		if (roster.leadsOf(unit.code()).contains(user)) {
			return Optional.of("review.own-unit");
		}
		boolean isAdmin = admin.campaign().admins().contains(in.channel(), user.userId());
		if (!isAdmin && !supervisors.hamletsOf(user).contains(unit.code())) {
			return Optional.of("review.not-yours");
		}
		return Optional.empty();
	}

	/** The unit's most recent report up to today. */
	private Optional<DailyReport> latest(Unit unit) {
		LocalDate start = admin.campaign().schedule().startDate();
		LocalDate today = admin.calendar().today();
		LocalDate end = today.isAfter(admin.campaign().schedule().endDate()) ? admin.campaign().schedule().endDate()
				: today;
		if (end.isBefore(start)) {
			return Optional.empty();
		}
		return reports.between(start, end)
			.stream()
			.filter(r -> r.hamletCode().equals(unit.code()))
			.max(Comparator.comparing(DailyReport::day));
	}

	/** Stores the review of the report's latest revision and audits it. */
	Review record(Inbound in, Inbound.Command command, Found found, ReviewState state, @Nullable String reason) {
		Review review = new Review(found.unit().code(), found.report().day(), found.report().latest().number(), state,
				reason, in.user().ref(), in.user().shownName(), admin.calendar().now());
		reviews.add(review);
		audit.record(in.user(), command.name(), command.args(), auditText(found.report().day(), found.state(), null),
				auditText(found.report().day(), state, reason));
		return review;
	}

	private String auditText(LocalDate day, ReviewState state, @Nullable String reason) {
		String words = admin.text(state.textKey());
		return reason == null ? admin.text("audit.review", admin.day(day), words)
				: admin.text("audit.review.reason", admin.day(day), words, reason);
	}

	/** One private message to each lead of the unit; none when it has no lead. */
	List<Outbound> toLeads(Unit unit, String text) {
		List<Outbound> messages = new ArrayList<>();
		for (UserRef lead : roster.leadsOf(unit.code())) {
			messages.add(Outbound.text(lead.channel(), roster.privateChatOf(lead), text));
		}
		return messages;
	}

	String words(ReviewState state) {
		return admin.text(state.textKey());
	}

}
