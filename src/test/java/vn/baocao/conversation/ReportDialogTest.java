package vn.baocao.conversation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Timeliness;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.conversation.Engine.last;
import static vn.baocao.conversation.Engine.text;

class ReportDialogTest {

	final Engine engine = new Engine("/campaigns/engine.yml");

	/**
	 * Answers everything up to the confirmation with roads done and no optional extras.
	 */
	private void fillUpToConfirmation(String user) {
		engine.send(user, "/baocao");
		engine.send(user, "120");
		engine.press(user, "Có");
		engine.send(user, "1.330m");
		engine.send(user, "1,5 km");
		engine.send(user, "90 triệu");
		engine.send(user, "2");
		engine.press(user, "Không");
		engine.send(user, "/bo");
		engine.press(user, "Xong");
	}

	private static BigDecimal number(Revision revision, String key) {
		return ((Value.Number) revision.values().get(key)).amount();
	}

	@Test
	void leadCompletesAReportWithEveryFieldTypeAndItIsStoredOnTime() {
		engine.send("u1", "/baocao");
		assertThat(last(engine.send("u1", "120"))).contains("Hôm nay ấp có làm đường giao thông không?");
		assertThat(last(engine.press("u1", "Có"))).contains("Phát quang đường").contains("Đơn vị: m");
		engine.send("u1", "1.330m");
		engine.send("u1", "1,5 km");
		assertThat(last(engine.send("u1", "10.500 000đ"))).contains("Hình thức chính").contains("2. Tuyên truyền");
		assertThat(last(engine.send("u1", "2"))).contains("Có treo cờ không");
		engine.send("u1", "có");
		engine.send("u1", "Thiếu xi măng");
		assertThat(last(engine.photo("u1", "local:p1"))).contains("Đã nhận 1 ảnh");
		engine.photo("u1", "local:p2");
		String confirmation = last(engine.send("u1", "xong"));
		assertThat(confirmation).contains("Kiểm tra báo cáo của Ấp Cầu ngày 10/12/2024")
			.contains("• Số người dân tham gia: 120 người")
			.contains("• Phát quang đường: 1.330 m")
			.contains("• Thắp sáng đường quê: 1.500 m")
			.contains("• Tiền vận động: 10.500.000 đ")
			.contains("• Hình thức chính: Tuyên truyền")
			.contains("• Có treo cờ không: Có")
			.contains("• Hình ảnh: 2 ảnh");

		assertThat(last(engine.press("u1", "Gửi báo cáo"))).contains("Đã nhận báo cáo của Ấp Cầu").contains("đúng hạn");

		Revision stored = engine.report("cau").orElseThrow().latest();
		assertThat(stored.timeliness()).isEqualTo(Timeliness.ON_TIME);
		assertThat(number(stored, "residents")).isEqualByComparingTo("120");
		assertThat(number(stored, "cleared_m")).isEqualByComparingTo("1330");
		assertThat(number(stored, "lighting_m")).isEqualByComparingTo("1500");
		assertThat(number(stored, "money_vnd")).isEqualByComparingTo("10500000");
		assertThat(stored.values().get("activity")).isEqualTo(new Value.Choice("Tuyên truyền"));
		assertThat(stored.values().get("flag")).isEqualTo(new Value.YesNo(true));
		assertThat(stored.values().get("notes")).isEqualTo(new Value.Text("Thiếu xi măng"));
		assertThat(stored.values().get("photos")).isEqualTo(new Value.Photos(List.of("local:p1", "local:p2")));
		assertThat(stored.submittedByName()).isEqualTo("Người u1");
		assertThat(engine.state("u1")).isInstanceOf(DialogState.Idle.class);
	}

	@Test
	void aWrongNumberIsExplainedWithAnExampleAndTheSameQuestionAskedAgain() {
		engine.send("u1", "/baocao");
		List<Outbound> replies = engine.send("u1", "khoảng trăm người");
		assertThat(text(replies)).contains("Chưa đọc được số").contains("ví dụ: 25");
		assertThat(last(replies)).contains("Số người dân tham gia");
		assertThat(last(engine.send("u1", "120"))).contains("làm đường giao thông");
	}

	@Test
	void numbersOutOfBoundsAreRefusedWithTheBound() {
		engine.send("u1", "/baocao");
		assertThat(text(engine.send("u1", "6000"))).contains("Số lớn nhất được nhận là 5.000 người");
		assertThat(text(engine.send("u1", "-3"))).contains("không được âm");
		assertThat(text(engine.send("u1", "1,5"))).contains("số nguyên");
		assertThat(((DialogState.Filling) engine.state("u1")).draft().answers()).isEmpty();
	}

	@Test
	void aGateAnsweredNoSkipsItsSectionAndNothingOfItIsSubmitted() {
		engine.send("u1", "/baocao");
		engine.send("u1", "50");
		assertThat(last(engine.send("u1", "không"))).contains("Tiền vận động");
	}

	@Test
	void backReturnsToThePreviousQuestionAndKeepsEveryAnswer() {
		engine.send("u1", "/baocao");
		engine.send("u1", "120");
		engine.press("u1", "Có");
		engine.send("u1", "300");
		String back = last(engine.send("u1", "/lai"));
		assertThat(back).contains("Phát quang đường").contains("Đang ghi: 300 m");
		assertThat(last(engine.send("u1", "="))).contains("Thắp sáng đường quê");
		Draft draft = ((DialogState.Filling) engine.state("u1")).draft();
		assertThat(draft.answers()).containsKeys("residents", "cleared_m");
	}

	@Test
	void backOnTheFirstQuestionSaysSo() {
		engine.send("u1", "/baocao");
		assertThat(text(engine.send("u1", "/back"))).contains("Đây đã là câu đầu tiên").contains("Số người dân");
	}

	@Test
	void skipWorksOnlyOnOptionalQuestions() {
		engine.send("u1", "/baocao");
		assertThat(text(engine.send("u1", "/bo"))).contains("bắt buộc, không bỏ qua được");
		engine.send("u1", "120");
		engine.send("u1", "không");
		assertThat(last(engine.send("u1", "/skip"))).contains("Hình thức chính");
	}

	@Test
	void changingTheSectionAnswerKeepsTheEarlierFiguresButSubmitsOnlyWhatIsAsked() {
		fillUpToConfirmation("u1");
		engine.press("u1", "Sửa một mục");
		engine.press("u1", "làm đường");
		engine.press("u1", "Không");
		engine.press("u1", "Gửi báo cáo");
		Revision stored = engine.report("cau").orElseThrow().latest();
		assertThat(stored.values()).doesNotContainKeys("cleared_m", "lighting_m").containsKey("money_vnd");
	}

	@Test
	void changingOneItemFromTheConfirmationReturnsToTheConfirmation() {
		fillUpToConfirmation("u1");
		engine.press("u1", "Sửa một mục");
		assertThat(last(engine.press("u1", "Tiền vận động"))).contains("Tiền vận động")
			.contains("Đang ghi: 90.000.000 đ");
		String confirmation = last(engine.send("u1", "95 triệu"));
		assertThat(confirmation).contains("Kiểm tra báo cáo").contains("95.000.000 đ");
	}

	@Test
	void cancelDropsTheDraftAndKeepsWhatWasSubmittedBefore() {
		engine.send("u1", "/baocao");
		engine.send("u1", "120");
		assertThat(text(engine.send("u1", "/huy"))).contains("Đã hủy");
		assertThat(engine.state("u1")).isInstanceOf(DialogState.Idle.class);
		assertThat(engine.report("cau")).isEmpty();
		assertThat(text(engine.send("u1", "/cancel"))).contains("Không có báo cáo nào đang làm dở");
	}

	@Test
	void reportAgainResumesTheOpenDraftAtTheSameQuestion() {
		engine.send("u1", "/baocao");
		engine.send("u1", "120");
		List<Outbound> replies = engine.send("u1", "/baocao");
		assertThat(text(replies)).contains("đang làm dở").contains("làm đường giao thông");
	}

	@Test
	void anOldButtonGetsQuestionPassedAndChangesNothing() {
		engine.send("u1", "/baocao");
		engine.send("u1", "120");
		String oldYes = engine.payload("u1", "Có");
		engine.pressPayload("u1", oldYes);
		DialogState before = engine.state("u1");
		assertThat(text(engine.pressPayload("u1", oldYes))).contains("Câu hỏi này đã qua");
		assertThat(engine.state("u1")).isEqualTo(before);
	}

	@Test
	void aTooLongTextIsRefusedWithTheLimitAndAskedAgain() {
		fillUpToConfirmation("u1");
		engine.press("u1", "Sửa một mục");
		engine.press("u1", "Khó khăn");
		List<Outbound> replies = engine.send("u1", "x".repeat(5000));
		assertThat(text(replies)).contains("5.000 ký tự").contains("giới hạn 1.000 ký tự");
		assertThat(last(replies)).contains("Khó khăn, đề xuất");
	}

	@Test
	void editWalksTheFieldsAgainAndStoresANewRevisionKeepingTheOld() {
		fillUpToConfirmation("u1");
		engine.press("u1", "Gửi báo cáo");
		engine.clock.set("2024-12-10T16:00");
		String intro = text(engine.send("u1", "/sua"));
		assertThat(intro).contains("Sửa báo cáo ngày 10/12/2024 của Ấp Cầu").contains("Đang ghi: 120 người");
		engine.send("u1", "130");
		engine.press("u1", "Giữ nguyên");
		engine.send("u1", "=");
		engine.send("u1", "=");
		engine.send("u1", "=");
		engine.send("u1", "=");
		engine.send("u1", "/bo");
		engine.send("u1", "/bo");
		String confirmation = last(engine.press("u1", "Xong"));
		assertThat(confirmation).contains("Báo cáo sửa đổi").contains("130 người").contains("1.330 m");
		assertThat(last(engine.press("u1", "Gửi báo cáo"))).contains("bản sửa số 2");

		DailyReport report = engine.report("cau").orElseThrow();
		assertThat(report.revisions()).hasSize(2);
		assertThat(number(report.first(), "residents")).isEqualByComparingTo("120");
		assertThat(number(report.latest(), "residents")).isEqualByComparingTo("130");
		assertThat(report.first().timeliness()).isEqualTo(Timeliness.ON_TIME);
		assertThat(report.latest().timeliness()).isEqualTo(Timeliness.LATE);
	}

	@Test
	void editWithoutAReportPointsToReport() {
		assertThat(text(engine.send("u1", "/sua"))).contains("chưa có báo cáo ngày 10/12/2024");
	}

	@Test
	void aReportAfterTheWindowIsTakenAndMarkedLate() {
		engine.clock.set("2024-12-10T16:30");
		fillUpToConfirmation("u1");
		assertThat(last(engine.press("u1", "Gửi báo cáo"))).contains("trễ hạn");
		assertThat(engine.report("cau").orElseThrow().first().timeliness()).isEqualTo(Timeliness.LATE);
	}

	@Test
	void aReportBeforeTheWindowOpensCountsAsOnTime() {
		engine.clock.set("2024-12-10T08:00");
		fillUpToConfirmation("u1");
		engine.press("u1", "Gửi báo cáo");
		assertThat(engine.report("cau").orElseThrow().first().timeliness()).isEqualTo(Timeliness.ON_TIME);
	}

	@Test
	void afterLateUntilTheDayIsClosed() {
		engine.clock.set("2024-12-10T23:59:30");
		fillUpToConfirmation("u1");
		engine.clock.set("2024-12-11T00:00:30");
		assertThat(text(engine.press("u1", "Gửi báo cáo"))).contains("Đã hết hạn nhận báo cáo ngày 10/12/2024");
		assertThat(engine.report("cau")).isEmpty();
		assertThat(engine.state("u1")).isInstanceOf(DialogState.Filling.class);
	}

	@Test
	void outsideTheCampaignTheLeadIsToldWhenItRuns() {
		engine.clock.set("2024-12-25T14:00");
		assertThat(text(engine.send("u1", "/baocao"))).contains("Hôm nay không có báo cáo")
			.contains("từ 10/12/2024 đến 24/12/2024");
	}

	@Test
	void aLeadOfTwoHamletsPicksOneFirst() {
		List<Outbound> replies = engine.send("both", "/baocao");
		assertThat(last(replies)).contains("Bạn phụ trách nhiều ấp").contains("1. Ấp Cầu").contains("2. Ấp Mới");
		assertThat(text(engine.send("both", "5"))).contains("Xin chọn một ấp trong danh sách");
		assertThat(text(engine.send("both", "2"))).contains("Báo cáo ngày 10/12/2024 của Ấp Mới");
	}

	@Test
	void aLeadOfTwoHamletsCanPickByButton() {
		engine.send("both", "/baocao");
		assertThat(text(engine.press("both", "Ấp Cầu"))).contains("của Ấp Cầu");
	}

	/**
	 * Where the campaign has organisations, the words for a unit no longer say "ấp" only:
	 * a lead of a hamlet and the health station picks among "đơn vị", and a person tied
	 * to no unit is told of "ấp hay đơn vị".
	 */
	@Test
	void withOrganisationsTheTextsForUnitsSayDonViNotOnlyAp() throws java.io.IOException {
		String yaml;
		try (var in = Engine.class.getResourceAsStream("/campaigns/engine.yml")) {
			yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		yaml = yaml.replace("report:\n", """
				organisations:
				  - code: tramyte
				    name: "Trạm y tế xã"
				    leads: { local: ["both"] }
				report:
				""");
		Engine units = new Engine(vn.baocao.campaign.CampaignLoader.parse("units.yml", new java.io.StringReader(yaml)));
		assertThat(last(units.send("both", "/baocao")))
			.contains("Bạn báo cáo cho nhiều đơn vị. Báo cáo cho đơn vị nào?")
			.contains("3. Trạm y tế xã")
			.doesNotContain("ấp nào");
		assertThat(text(units.send("both", "7"))).contains("Xin chọn một đơn vị trong danh sách");
		assertThat(units.state("both")).isInstanceOf(DialogState.ChoosingHamlet.class);
		assertThat(text(units.send("stranger", "/baocao")))
			.contains("Bạn chưa được phân công báo cáo cho ấp hay đơn vị nào");
		// a lead of hamlets only is still asked which hamlet
		assertThat(last(engine.send("both", "/baocao"))).contains("Bạn phụ trách nhiều ấp. Báo cáo cho ấp nào?");
	}

	@Test
	void anUnassignedUserIsToldHowToBeAssigned() {
		assertThat(text(engine.send("stranger", "/baocao"))).contains("chưa được phân công").contains("/start");
		assertThat(engine.state("stranger")).isInstanceOf(DialogState.Idle.class);
	}

	@Test
	void aSecondReportTheSameDayPointsToEdit() {
		fillUpToConfirmation("u1");
		engine.press("u1", "Gửi báo cáo");
		assertThat(text(engine.send("u1", "/baocao"))).contains("đã gửi báo cáo ngày 10/12/2024 lúc 14:00")
			.contains("/sua");
	}

	@Test
	void myReportShowsTodaysLatestRevision() {
		assertThat(text(engine.send("u1", "/xem"))).contains("chưa có báo cáo");
		fillUpToConfirmation("u1");
		engine.press("u1", "Gửi báo cáo");
		assertThat(text(engine.send("u1", "/myreport"))).contains("đúng hạn").contains("• Phát quang đường: 1.330 m");
	}

	@Test
	void photosAreRefusedWhereTextIsExpectedAndTheOtherWayRound() {
		engine.send("u1", "/baocao");
		assertThat(text(engine.photo("u1", "local:p"))).contains("không phải ảnh");
	}

	@Test
	void helpListsLeadCommandsAndNotAdminOnesForALead() {
		String help = text(engine.send("u1", "/trogiup"));
		assertThat(help).contains("/report (/baocao)").contains("/edit (/sua)").contains("/skip (/bo)");
	}

	@Test
	void freeTextWhileIdleGetsAHint() {
		assertThat(text(engine.send("u1", "chào"))).contains("/baocao");
	}

	@Test
	void unknownCommandsAreNamed() {
		assertThat(text(engine.send("u1", "/xyz"))).contains("Không có lệnh /xyz");
	}

	@Test
	void submittedValuesAreOnlyThoseStillAsked() {
		fillUpToConfirmation("u1");
		engine.press("u1", "Gửi báo cáo");
		Map<String, Value> values = engine.report("cau").orElseThrow().latest().values();
		assertThat(values).containsOnlyKeys("residents", "cleared_m", "lighting_m", "money_vnd", "activity", "flag");
	}

}
