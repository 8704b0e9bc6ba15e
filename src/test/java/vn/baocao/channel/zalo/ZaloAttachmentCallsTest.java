package vn.baocao.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.baocao.channel.FileLinks;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Texts;
import vn.baocao.text.Json;

import static org.assertj.core.api.Assertions.assertThat;

/** How a file goes to Zalo, which takes pictures by URL and no documents at all. */
class ZaloAttachmentCallsTest {

	private static final Attachment CHART = new Attachment("tiendo-2024-12-10.png", "chartId", true);

	private static final Attachment WORKBOOK = new Attachment("baocao-2024-12-10.xlsx", "bookId", false);

	@Test
	void withAPublicAddressAPictureIsShownAndAWorkbookIsALink() {
		ZaloGateway gateway = gateway(FileLinks.at("https://baocao.example.vn"));
		assertThat(gateway.attachmentCalls("zl-1", CHART)).containsExactly(new ZaloGateway.Call("sendPhoto",
				Map.of("chat_id", "zl-1", "photo", "https://baocao.example.vn/api/local/files/chartId")));
		assertThat(gateway.attachmentCalls("zl-1", WORKBOOK))
			.containsExactly(new ZaloGateway.Call("sendMessage", Map.of("chat_id", "zl-1", "text",
					"Tải tệp “baocao-2024-12-10.xlsx” tại: https://baocao.example.vn/api/local/files/bookId")));
	}

	@Test
	void withoutOneTheChatIsToldWhereToGetTheFile() {
		ZaloGateway gateway = gateway(FileLinks.at(null));
		List<ZaloGateway.Call> calls = gateway.attachmentCalls("zl-1", CHART);
		assertThat(calls).singleElement().satisfies(call -> {
			assertThat(call.method()).isEqualTo("sendMessage");
			assertThat(call.params().get("text")).isEqualTo(
					"(Tệp “tiendo-2024-12-10.png” không gửi được qua Zalo. Xin nhận tệp này từ Ban Chỉ đạo, hoặc trên Telegram.)");
		});
	}

	private static ZaloGateway gateway(FileLinks links) {
		// the API, chats and committee are not touched by attachmentCalls
		return new ZaloGateway(new ZaloApi("http://127.0.0.1:9", "t", Duration.ofSeconds(1), Json.MAPPER), null,
				(channel, chat) -> false, new Texts("messages/zalo"), links);
	}

}
