package vn.baocao.channel.zalo;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ZaloUpdateTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<ZaloUpdate> read(String json) {
		return ZaloUpdate.read(JSON.readTree(json));
	}

	@Test
	void readsTheDocumentedWrappedTextUpdate() {
		List<ZaloUpdate> updates = read("""
				{"ok": true, "result": {"event_name": "message.text.received", "message": {
				  "from": {"id": "6ede9afa66b88fe6d6a9", "display_name": "Ted", "is_bot": false},
				  "chat": {"id": "6ede9afa66b88fe6d6a9", "chat_type": "PRIVATE"},
				  "text": "Xin chào", "message_id": "2d758cb5e222177a4e35", "date": 1750316131602}}}""");

		assertThat(updates).containsExactly(new ZaloUpdate(ZaloUpdate.TEXT, "2d758cb5e222177a4e35",
				"6ede9afa66b88fe6d6a9", false, "6ede9afa66b88fe6d6a9", "Ted", false, "Xin chào", null, null));
	}

	@Test
	void readsAnUnwrappedUpdateWithFirstNameAndNoEventName() {
		List<ZaloUpdate> updates = read(
				"""
						{"message": {"chat": {"id": "e4ea", "chat_type": "PRIVATE"}, "text": "Xin chào",
						 "message_id": "16f6", "date": 1766619597466, "from": {"id": "e4ea", "first_name": "Nguyen Van A"}}}""");

		assertThat(updates).singleElement().satisfies(u -> {
			assertThat(u.event()).isEqualTo(ZaloUpdate.TEXT);
			assertThat(u.userName()).isEqualTo("Nguyen Van A");
			assertThat(u.messageId()).isEqualTo("16f6");
		});
	}

	@Test
	void readsPicturesWhicheverFieldCarriesThem() {
		String template = """
				{"event_name": "message.image.received", "message": {"from": {"id": "u"}, "chat": {"id": "u"},
				 "message_id": "m", "caption": "Dọn đường", %s}}""";

		assertThat(read(template.formatted("\"photo_url\": \"https://f.zdn.vn/a.jpg\"")).get(0).photoUrl())
			.isEqualTo("https://f.zdn.vn/a.jpg");
		assertThat(read(template.formatted("\"photo\": \"https://f.zdn.vn/b.jpg\"")).get(0).photoUrl())
			.isEqualTo("https://f.zdn.vn/b.jpg");
		assertThat(read(template.formatted("\"photo\": {\"url\": \"https://f.zdn.vn/c.jpg\"}")).get(0).photoUrl())
			.isEqualTo("https://f.zdn.vn/c.jpg");
		assertThat(
				read(template.formatted("\"photo\": [{\"url\": \"s.jpg\"}, {\"url\": \"l.jpg\"}]")).get(0).photoUrl())
			.isEqualTo("l.jpg");
		assertThat(read(template.formatted("\"photo_url\": \"x.jpg\"")).get(0).caption()).isEqualTo("Dọn đường");
	}

	@Test
	void groupsAreToldByChatType() {
		ZaloUpdate update = read("""
				{"event_name": "message.text.received", "message": {"from": {"id": "u1"},
				 "chat": {"id": "g1", "chat_type": "GROUP"}, "text": "/setgroup", "message_id": "m1"}}""").get(0);

		assertThat(update.group()).isTrue();
		assertThat(update.userId()).isEqualTo("u1");
	}

	@Test
	void noUpdateInTheFormsANoUpdateAnswerTakes() {
		assertThat(read("{\"ok\": false, \"error_code\": 408, \"description\": \"Request timeout\"}")).isEmpty();
		assertThat(read("{\"ok\": true}")).isEmpty();
		assertThat(read("{\"ok\": true, \"result\": null}")).isEmpty();
		assertThat(read("{\"ok\": true, \"result\": {}}")).isEmpty();
		assertThat(read("{}")).isEmpty();
		assertThat(read("[]")).isEmpty();
		assertThat(read("\"text\"")).isEmpty();
	}

	@Test
	void aListOfUpdatesIsReadWhole() {
		assertThat(
				read("""
						{"ok": true, "result": [
						 {"event_name": "message.text.received", "message": {"from": {"id": "a"}, "chat": {"id": "a"}, "text": "1", "message_id": "m1"}},
						 {"event_name": "message.sticker.received", "message": {"from": {"id": "b"}, "chat": {"id": "b"}, "message_id": "m2"}}]}"""))
			.extracting(ZaloUpdate::messageId)
			.containsExactly("m1", "m2");
	}

}
