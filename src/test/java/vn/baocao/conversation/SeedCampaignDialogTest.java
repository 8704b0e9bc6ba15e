package vn.baocao.conversation;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.CampaignLoader;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.conversation.Engine.last;

/**
 * The shipped campaign: a typical day must take few messages (the menu of kinds of work).
 */
class SeedCampaignDialogTest {

	@Test
	void aTypicalDayWithThreeKindsOfWorkTakesAtMostTwelveMessages() {
		Engine engine = new Engine(CampaignLoader.load(Path.of("config/campaign.yml")));
		int messages = 0;
		List<Outbound> replies;
		replies = engine.send("u1", "/baocao");
		messages++;
		assertThat(last(replies)).contains("Số người dân tham gia");
		engine.send("u1", "40");
		messages++;
		assertThat(last(engine.send("u1", "120"))).contains("Hôm nay ấp đã làm những việc nào");
		messages++;
		assertThat(last(engine.send("u1", "1 2 8"))).contains("Phát quang, dọn vệ sinh đường");
		messages++;
		engine.send("u1", "1.330m");
		messages++;
		engine.send("u1", "400");
		messages++;
		assertThat(last(engine.send("u1", "1"))).contains("Số lượt người dự tuyên truyền");
		messages++;
		engine.send("u1", "85");
		messages++;
		engine.send("u1", "/bo");
		messages++;
		assertThat(last(engine.send("u1", "/bo"))).contains("Kiểm tra báo cáo");
		messages++;
		assertThat(last(engine.press("u1", "Gửi báo cáo"))).contains("Đã nhận báo cáo");
		messages++;
		assertThat(messages).isLessThanOrEqualTo(12);

		Revision stored = engine.report("cau").orElseThrow().latest();
		assertThat(stored.values()).containsOnlyKeys("residents", "soldiers", "cleared_m", "lighting_m",
				"propaganda_sessions", "propaganda_attendees");
		assertThat(((Value.Number) stored.values().get("cleared_m")).amount()).isEqualByComparingTo("1330");
	}

	@Test
	void sectionsCanBeToggledByButtonsAndTheMenuShowsWhatIsChosen() {
		Engine engine = new Engine(CampaignLoader.load(Path.of("config/campaign.yml")));
		engine.send("u1", "/baocao");
		engine.send("u1", "40");
		engine.send("u1", "120");
		assertThat(last(engine.press("u1", "Tuyên truyền"))).contains("8. Tuyên truyền ✅");
		assertThat(last(engine.press("u1", "Xong"))).contains("Số buổi tuyên truyền");
	}

	@Test
	void noWorkAtAllGoesStraightToTheRemainingQuestions() {
		Engine engine = new Engine(CampaignLoader.load(Path.of("config/campaign.yml")));
		engine.send("u1", "/baocao");
		engine.send("u1", "40");
		engine.send("u1", "120");
		assertThat(last(engine.send("u1", "0"))).contains("Khó khăn, vướng mắc, đề xuất");
	}

}
