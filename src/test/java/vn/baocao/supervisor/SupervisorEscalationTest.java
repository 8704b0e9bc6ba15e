package vn.baocao.supervisor;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Excuses.Excuse;
import vn.baocao.roster.Supervisors.Person;
import vn.baocao.roster.UserRef;
import vn.baocao.supervisor.SupervisorEscalation.Stage;
import vn.baocao.support.InMemoryExcuses;
import vn.baocao.support.InMemoryReports;
import vn.baocao.support.InMemoryRoster;
import vn.baocao.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is escalated when, on a movable clock and in-memory stores: the supervisor test
 * campaign (window 13:30 to 15:00, last reminder 14:30, late until 23:59), where Gấm
 * oversees Ấp Cầu and Ấp Trại Bí and Ấp Sân Bay's supervisor has no account.
 */
class SupervisorEscalationTest {

	static final LocalDate DAY = LocalDate.of(2024, 12, 10);

	static final UserRef GAM = new UserRef(Channel.LOCAL, "gam");

	static final UserRef GAM_ON_TELEGRAM = new UserRef(Channel.TELEGRAM, "223456789");

	static final UserRef LAN = new UserRef(Channel.TELEGRAM, "111");

	final Campaign campaign = CampaignLoader.load(Path.of("src/test/resources/supervisors/campaign.yml"));

	final MutableClock clock = MutableClock.at("2024-12-10T14:30");

	final CampaignCalendar calendar = new CampaignCalendar(campaign.schedule(), clock);

	final InMemoryReports reports = new InMemoryReports();

	final InMemoryExcuses excuses = new InMemoryExcuses();

	final InMemoryRoster roster = InMemoryRoster.seededFrom(campaign);

	final FakeSupervisors supervisors = new FakeSupervisors();

	final List<String> claims = new ArrayList<>();

	final Set<Channel> running = EnumSet.of(Channel.LOCAL, Channel.TELEGRAM);

	SupervisorEscalation escalation;

	@BeforeEach
	void campaignDay() {
		roster.endLead("cau", new UserRef(Channel.LOCAL, "u1"), clock.instant());
		roster.addLead("cau", LAN, "test", clock.instant());
		roster.remember(new ChatUser(LAN, "Lan", "lan"), clock.instant());
		Person gam = new Person("Ngô Huỳnh Gấm", List.of(GAM));
		supervisors.oversee("cau", gam)
			.oversee("trai-bi", gam)
			.oversee("san-bay", new Person("Trần Hòa Tuẩn", List.of()));
		Escalations escalations = (stage, day, hamlet, account, at) -> {
			String claim = stage + " " + day + " " + hamlet + " " + account;
			if (claims.contains(claim)) {
				return false;
			}
			claims.add(claim);
			return true;
		};
		escalation = new SupervisorEscalation(new HamletDays(campaign, reports, excuses),
				new Recipients(supervisors, roster, running::contains), escalations,
				new SupervisorTexts(calendar, roster), calendar, roster);
	}

	@Test
	void aSupervisorOfTwoMissingHamletsGetsOneMessageListingBothWithTheirLeadsAndTheTimeLeft() {
		List<Outbound> messages = escalation.escalate(DAY, Stage.LAST_REMINDER);

		assertThat(messages).singleElement().satisfies(message -> {
			assertThat(message.channel()).isEqualTo(Channel.LOCAL);
			assertThat(message.chatId()).isEqualTo("gam");
			assertThat(message.text())
				.isEqualTo("⚠️ Còn 30 phút nữa là hết hạn báo cáo ngày 10/12/2024 (15:00) mà 2 ấp bạn phụ trách "
						+ "chưa báo cáo:\n• Ấp Cầu: người báo cáo Lan (Telegram @lan)\n"
						+ "• Ấp Trại Bí: người báo cáo u2 (kênh local)\nXin liên hệ nhắc ấp báo cáo kịp giờ.");
		});
	}

	@Test
	void aHamletThatReportedIsNotMentioned() {
		report("cau", "2024-12-10T14:10", Timeliness.ON_TIME);

		assertThat(texts(escalation.escalate(DAY, Stage.LAST_REMINDER))).singleElement()
			.asString()
			.contains("mà 1 ấp bạn phụ trách")
			.contains("• Ấp Trại Bí")
			.doesNotContain("Ấp Cầu");
	}

	@Test
	void anExcusedHamletIsNotMentioned() {
		excuses.excuse(new Excuse("trai-bi", DAY, "lũ", new UserRef(Channel.LOCAL, "admin1"), clock.instant()));

		assertThat(texts(escalation.escalate(DAY, Stage.LAST_REMINDER))).singleElement()
			.asString()
			.contains("• Ấp Cầu")
			.doesNotContain("Trại Bí");
	}

	@Test
	void whenEveryHamletOfASupervisorReportedOrIsExcusedTheyHearNothing() {
		report("cau", "2024-12-10T13:40", Timeliness.ON_TIME);
		excuses.excuse(new Excuse("trai-bi", DAY, "", new UserRef(Channel.LOCAL, "admin1"), clock.instant()));

		assertThat(escalation.escalate(DAY, Stage.LAST_REMINDER)).isEmpty();
		clock.set("2024-12-10T15:00");
		assertThat(escalation.escalate(DAY, Stage.WINDOW_CLOSED)).isEmpty();
	}

	@Test
	void hamletsWithoutASupervisorWithAnAccountTellNobodyAndBreakNothing() {
		report("cau", "2024-12-10T13:40", Timeliness.ON_TIME);
		report("trai-bi", "2024-12-10T13:45", Timeliness.ON_TIME);
		// Ấp Sân Bay's supervisor is a name without an account; Ấp Mới has no supervisor

		assertThat(escalation.escalate(DAY, Stage.LAST_REMINDER)).isEmpty();
		assertThat(claims).isEmpty();
	}

	@Test
	void aHamletWithoutALeadSaysSoAndHowToInviteOne() {
		UserRef binh = new UserRef(Channel.LOCAL, "binh");
		supervisors.oversee("moi", new Person("Bình", List.of(binh)));

		List<Outbound> messages = escalation.escalate(DAY, Stage.LAST_REMINDER);

		assertThat(messages).filteredOn(m -> m.chatId().equals("binh"))
			.singleElement()
			.extracting(Outbound::text)
			.asString()
			.contains("• Ấp Mới: chưa có người báo cáo (quản trị viên mời bằng /moi moi)");
	}

	@Test
	void theSameThingIsNeverToldTwiceButALaterStageIsTold() {
		assertThat(escalation.escalate(DAY, Stage.LAST_REMINDER)).hasSize(1);
		assertThat(escalation.escalate(DAY, Stage.LAST_REMINDER)).isEmpty();

		clock.set("2024-12-10T15:00");
		assertThat(escalation.escalate(DAY, Stage.WINDOW_CLOSED)).hasSize(1);
		assertThat(escalation.escalate(DAY, Stage.WINDOW_CLOSED)).isEmpty();
		assertThat(claims).containsExactly("LAST_REMINDER 2024-12-10 cau local:gam",
				"LAST_REMINDER 2024-12-10 trai-bi local:gam", "WINDOW_CLOSED 2024-12-10 cau local:gam",
				"WINDOW_CLOSED 2024-12-10 trai-bi local:gam");
	}

	@Test
	void atCloseTheNoteNamesOnlyHamletsStillMissingNotOnesThatReportedSinceOrLate() {
		escalation.escalate(DAY, Stage.LAST_REMINDER);
		report("cau", "2024-12-10T14:50", Timeliness.ON_TIME);
		clock.set("2024-12-10T15:00");

		assertThat(texts(escalation.escalate(DAY, Stage.WINDOW_CLOSED))).containsExactly(
				"🔔 Đã hết giờ báo cáo ngày 10/12/2024 (15:00) mà vẫn chưa có báo cáo của Ấp Trại Bí. Bot vẫn nhận "
						+ "báo cáo trễ đến 23:59.");
	}

	@Test
	void aHamletThatReportedLateBeforeTheNoteRanIsNotMentioned() {
		clock.set("2024-12-10T15:20");
		report("cau", "2024-12-10T15:10", Timeliness.LATE);

		assertThat(texts(escalation.escalate(DAY, Stage.WINDOW_CLOSED))).singleElement()
			.asString()
			.contains("của Ấp Trại Bí.")
			.doesNotContain("Ấp Cầu");
	}

	@Test
	void aSupervisorNewlyAddedBetweenTwoRunsIsToldTheOthersAreNotToldAgain() {
		escalation.escalate(DAY, Stage.LAST_REMINDER);
		UserRef hoa = new UserRef(Channel.LOCAL, "hoa");
		supervisors.oversee("cau", new Person("Hòa", List.of(hoa)));

		assertThat(escalation.escalate(DAY, Stage.LAST_REMINDER)).extracting(Outbound::chatId).containsExactly("hoa");
	}

	@Test
	void everyAccountOfASupervisorOnARunningChannelIsToldOnce() {
		UserRef onZalo = new UserRef(Channel.ZALO, "z1");
		supervisors.oversee("cau", new Person("Ngô Huỳnh Gấm", List.of(GAM, GAM_ON_TELEGRAM, onZalo)));

		List<Outbound> messages = escalation.escalate(DAY, Stage.LAST_REMINDER);

		assertThat(messages).extracting(Outbound::chatId).containsExactlyInAnyOrder("gam", "223456789");
		assertThat(messages).filteredOn(m -> m.chatId().equals("gam"))
			.singleElement()
			.extracting(Outbound::text)
			.asString()
			.contains("Ấp Cầu")
			.contains("Ấp Trại Bí");
		assertThat(claims).as("nothing is claimed for a channel that is not running")
			.isNotEmpty()
			.noneMatch(claim -> claim.contains("zalo:z1"));
	}

	@Test
	void outsideItsMomentAStageDoesNothing() {
		clock.set("2024-12-10T14:29");
		assertThat(escalation.escalate(DAY, Stage.LAST_REMINDER)).as("before the last reminder").isEmpty();
		clock.set("2024-12-10T15:00");
		assertThat(escalation.escalate(DAY, Stage.LAST_REMINDER)).as("the window has closed").isEmpty();
		clock.set("2024-12-10T14:59");
		assertThat(escalation.escalate(DAY, Stage.WINDOW_CLOSED)).as("the window is still open").isEmpty();
		clock.set("2024-12-11T00:05");
		assertThat(escalation.escalate(DAY, Stage.WINDOW_CLOSED)).as("the day is over").isEmpty();
		clock.set("2024-12-25T14:30");
		assertThat(escalation.escalate(LocalDate.of(2024, 12, 25), Stage.LAST_REMINDER)).as("not a campaign day")
			.isEmpty();
		clock.set("2024-12-10T14:30");
		assertThat(escalation.escalate(DAY.plusDays(1), Stage.LAST_REMINDER)).as("tomorrow").isEmpty();
		assertThat(claims).isEmpty();
	}

	@Test
	void theTimeLeftIsWrittenInMinutesAndHours() {
		SupervisorTexts texts = new SupervisorTexts(calendar, roster);
		assertThat(texts.duration(Duration.ofSeconds(20))).isEqualTo("1 phút");
		assertThat(texts.duration(Duration.ofMinutes(30))).isEqualTo("30 phút");
		assertThat(texts.duration(Duration.ofMinutes(120))).isEqualTo("2 giờ");
		assertThat(texts.duration(Duration.ofMinutes(75))).isEqualTo("1 giờ 15 phút");
	}

	private void report(String hamlet, String at, Timeliness timeliness) {
		MutableClock when = MutableClock.at(at);
		reports.addRevision(hamlet, DAY, new Revision(1, Map.of("residents", new Value.Number(BigDecimal.TEN)), LAN,
				"Lan", when.instant(), timeliness));
	}

	private static List<String> texts(List<Outbound> messages) {
		return messages.stream().map(Outbound::text).toList();
	}

}
