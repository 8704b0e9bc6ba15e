package vn.baocao.supervisor;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.admin.DeepLinks;
import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Timeliness;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.report.Revision;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Invites.Invite;
import vn.baocao.roster.Invites;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;

/**
 * /myhamlets, /apcuatoi: the supervisor's hamlets today (state, time, figures against
 * targets, leads). With {@code ma} (or {@code code}), a one-time code that lets another
 * account of the same person, on any channel, oversee the same hamlets: the invitation
 * mechanism with the SUPERVISOR role, redeemed with /start like any invitation.
 */
@PerCampaign
@Component
@Order(1)
final class MyHamletsCommand implements CommandHandler {

	static final Duration CODE_VALID_FOR = Duration.ofHours(72);

	private static final Set<String> CODE_WORDS = Set.of("ma", "mã", "code", "link");

	private final Campaign campaign;

	private final CampaignCalendar calendar;

	private final Supervisors supervisors;

	private final Roster roster;

	private final Reports reports;

	private final Invites invites;

	private final HamletDays days;

	private final Figures figures;

	private final SupervisorTexts texts;

	private final ObjectProvider<DeepLinks> links;

	private final Reviews reviews;

	MyHamletsCommand(Campaign campaign, CampaignCalendar calendar, Supervisors supervisors, Roster roster,
			Reports reports, Invites invites, HamletDays days, Figures figures, SupervisorTexts texts,
			ObjectProvider<DeepLinks> links, Reviews reviews) {
		this.reviews = reviews;
		this.campaign = campaign;
		this.calendar = calendar;
		this.supervisors = supervisors;
		this.roster = roster;
		this.reports = reports;
		this.invites = invites;
		this.days = days;
		this.figures = figures;
		this.texts = texts;
		this.links = links;
	}

	@Override
	public List<String> names() {
		return List.of("myhamlets", "apcuatoi");
	}

	@Override
	public Access access() {
		return Access.PRIVATE;
	}

	@Override
	public String description() {
		return texts.get("help.myhamlets");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		// phones may send "mã" with a combining tilde
		String args = Normalizer.normalize(command.args().strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
		if (!args.isEmpty() && !CODE_WORDS.contains(args)) {
			return say(in, state, texts.get("myhamlets.usage"));
		}
		List<Unit> hamlets = supervisors.hamletsOf(in.user().ref())
			.stream()
			.map(code -> campaign.unit(code).orElseThrow())
			.toList();
		if (hamlets.isEmpty()) {
			return say(in, state, texts.get("myhamlets.none", handle(in.user())));
		}
		return args.isEmpty() ? say(in, state, overview(hamlets)) : say(in, state, code(in, hamlets));
	}

	private String overview(List<Unit> hamlets) {
		LocalDate today = calendar.today();
		boolean campaignDay = calendar.isCampaignDay(today);
		List<String> lines = new ArrayList<>();
		lines.add(campaignDay ? texts.get("myhamlets.title", texts.day(today), texts.time(calendar.now()))
				: texts.get("myhamlets.title.no-day", texts.day(today), texts.day(campaign.schedule().startDate()),
						texts.day(campaign.schedule().endDate())));
		for (Unit hamlet : hamlets) {
			lines.add("");
			if (campaignDay) {
				HamletDay day = days.of(hamlet, today);
				lines.add(texts.get("myhamlets.hamlet", hamlet.name(), standing(day) + review(day)));
				if (day.report() != null) {
					lines.addAll(figures.lines(hamlet, day.report().latest().values()));
				}
			}
			else {
				lines.add(hamlet.name());
			}
			lines.add(texts.get("myhamlets.leads", texts.leads(roster.leadsOf(hamlet.code()))));
			List<String> progress = figures.progress(hamlet, reportsSoFar(hamlet, today));
			if (!progress.isEmpty()) {
				lines.add(texts.get("progress.title"));
				lines.addAll(progress);
			}
		}
		lines.add("");
		lines.add(texts.get("myhamlets.hint"));
		return String.join("\n", lines);
	}

	/** " — chờ duyệt" and the like; empty without a report or without review. */
	private String review(HamletDay day) {
		DailyReport report = day.report();
		if (report == null || !campaign.review()) {
			return "";
		}
		ReviewState state = ReviewState.of(report, reviews.of(report.hamletCode(), report.day()));
		return texts.get("myhamlets.review", texts.get(state.textKey()));
	}

	/** "✅ đúng hạn, gửi lúc 13:45 (Lan gửi)", "❌ chưa báo cáo (hạn 15:00)"… */
	private String standing(HamletDay day) {
		DailyReport report = day.report();
		LocalDate date = calendar.today();
		switch (day.standing()) {
			case ON_TIME, LATE -> {
				Revision first = report.first();
				String key = day.standing() == HamletDay.Standing.LATE ? "state.late" : "state.on_time";
				String sent = texts.get(key, texts.time(first.submittedAt()), first.submittedByName());
				int amendments = report.revisions().size() - 1;
				return amendments == 0 ? sent
						: sent + texts.get("state.revised", amendments, texts.time(report.latest().submittedAt()));
			}
			case EXCUSED -> {
				String reason = day.excuse().reason();
				return reason.isBlank() ? texts.get("state.excused") : texts.get("state.excused.reason", reason);
			}
			default -> {
				Timeliness now = calendar.timeliness(date, calendar.now());
				String closes = texts.time(calendar.closes(date));
				return switch (now) {
					case ON_TIME -> texts.get("state.missing", closes);
					case LATE -> texts.get("state.missing.late", closes, texts.time(calendar.lateUntil(date)));
					case CLOSED -> texts.get("state.missing.closed");
				};
			}
		}
	}

	private List<DailyReport> reportsSoFar(Unit hamlet, LocalDate today) {
		LocalDate start = campaign.schedule().startDate();
		LocalDate end = today.isBefore(campaign.schedule().endDate()) ? today : campaign.schedule().endDate();
		if (end.isBefore(start)) {
			return List.of();
		}
		return reports.between(start, end).stream().filter(r -> r.hamletCode().equals(hamlet.code())).toList();
	}

	private String code(Inbound in, List<Unit> hamlets) {
		Instant now = calendar.now();
		Invite invite = invites.issue(hamlets.get(0).code(), Invite.Role.SUPERVISOR, in.user().ref(), now,
				now.plus(CODE_VALID_FOR));
		String names = hamlets.stream().map(Unit::name).collect(Collectors.joining(", "));
		List<String> lines = new ArrayList<>();
		lines.add(texts.get("myhamlets.code", invite.code(), texts.dayTime(invite.expiresAt()), names));
		for (Channel channel : Channel.values()) {
			if (channel != in.channel()) {
				link(channel, invite.code())
					.ifPresent(link -> lines.add(texts.get("myhamlets.link", texts.channelName(channel), link)));
			}
		}
		return String.join("\n", lines);
	}

	private Optional<String> link(Channel channel, String code) {
		return links.orderedStream().map(l -> l.link(channel, code)).flatMap(Optional::stream).findFirst();
	}

	/**
	 * How an admin would point at this user in /phutrach: @username, else the user id.
	 */
	private static String handle(ChatUser user) {
		String username = user.username();
		return username == null || username.isBlank() ? user.ref().userId() : "@" + username;
	}

	private static Turn say(Inbound in, DialogState state, String text) {
		return Turn.of(state, Outbound.text(in.channel(), in.chatId(), text));
	}

}
