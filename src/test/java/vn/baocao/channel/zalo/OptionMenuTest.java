package vn.baocao.channel.zalo;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;

import static org.assertj.core.api.Assertions.assertThat;

class OptionMenuTest {

	private final Texts texts = new Texts("messages/zalo");

	private static final List<Option> YES_NO = List.of(new Option("Có", "4:yes"), new Option("Không", "4:no"));

	@Test
	void optionsBecomeNumberedLinesAnsweredByNumberOrLabel() {
		OptionMenu menu = OptionMenu.of(Outbound.withOptions(Channel.ZALO, "c", "Câu 4/6. An toàn?", YES_NO));

		assertThat(menu.render("Câu 4/6. An toàn?", texts)).isEqualTo("""
				Câu 4/6. An toàn?

				1. Có
				2. Không
				(Trả lời bằng cách gõ số thứ tự, ví dụ: 1)""");
		assertThat(menu.payloadFor("2")).contains("4:no");
		assertThat(menu.payloadFor(" 1. ")).contains("4:yes");
		assertThat(menu.payloadFor("có")).contains("4:yes");
		assertThat(menu.payloadFor("KHONG")).contains("4:no");
	}

	@Test
	void otherAnswersPassThrough() {
		OptionMenu menu = OptionMenu.of(Outbound.withOptions(Channel.ZALO, "c", "An toàn?", YES_NO));

		assertThat(menu.payloadFor("3")).isEmpty();
		assertThat(menu.payloadFor("0")).isEmpty();
		assertThat(menu.payloadFor("1 2")).isEmpty();
		assertThat(menu.payloadFor("có lẽ")).isEmpty();
		assertThat(menu.payloadFor("")).isEmpty();
	}

	@Test
	void aNumberTypedForAFreeAnswerStaysTheAnswer() {
		Outbound question = Outbound
			.withOptions(Channel.ZALO, "c", "Câu 3/6. Nhà bàn giao\nGõ một số, ví dụ: 25",
					List.of(new Option("Giữ nguyên", "3:keep"), new Option("Bỏ qua", "3:skip")))
			.withFreeAnswer();
		OptionMenu menu = OptionMenu.of(question);

		assertThat(menu.payloadFor("1")).isEmpty();
		assertThat(menu.payloadFor("2")).isEmpty();
		assertThat(menu.payloadFor("bỏ qua")).contains("3:skip");
		assertThat(menu.payloadFor("Bo qua")).contains("3:skip");
		assertThat(menu.render(question.text(), texts)).endsWith("\nHoặc gõ: Giữ nguyên / Bỏ qua")
			.doesNotContain("1. Giữ nguyên");
	}

	@Test
	void numbersTheCoreListedItselfStayTheCoresAndTheRestAreNumberedOn() {
		String text = "Câu 2/6. Hôm nay ấp đã làm những việc nào?\n1. Làm đường ✅\n2. Nhà đại đoàn kết \nGõ các số, ví dụ: 1 3";
		List<Option> options = List.of(new Option("✅ Làm đường", "2:t:roads"),
				new Option("Nhà đại đoàn kết", "2:t:houses"), new Option("Xong", "2:done"),
				new Option("Không có việc nào", "2:none"));
		OptionMenu menu = OptionMenu.of(Outbound.withOptions(Channel.ZALO, "c", text, options));

		assertThat(menu.listedInText()).isEqualTo(2);
		assertThat(menu.render(text, texts)).isEqualTo(text + "\n\n3. Xong\n4. Không có việc nào");
		assertThat(menu.payloadFor("1")).isEmpty();
		assertThat(menu.payloadFor("1 2")).isEmpty();
		assertThat(menu.payloadFor("3")).contains("2:done");
		assertThat(menu.payloadFor("xong")).contains("2:done");
		assertThat(menu.payloadFor("làm đường")).contains("2:t:roads");
	}

	@Test
	void numberedLinesThatAreNotTheOptionsDoNotCount() {
		String text = "Kiểm tra báo cáo:\n• Ghi chú: 1. Gửi xe\n1. something else";
		List<Option> options = List.of(new Option("✅ Gửi báo cáo", "7:send"), new Option("✏️ Sửa một mục", "7:fix"));

		assertThat(OptionMenu.listedIn(text, options)).isZero();
		assertThat(OptionMenu.of(Outbound.withOptions(Channel.ZALO, "c", text, options)).payloadFor("1"))
			.contains("7:send");
	}

	@Test
	void aMessageWithoutOptionsHasNone() {
		OptionMenu menu = OptionMenu.of(Outbound.text(Channel.ZALO, "c", "Câu 1/6. Số người dân tham gia"));

		assertThat(menu.isEmpty()).isTrue();
		assertThat(menu.payloadFor("1")).isEmpty();
		assertThat(menu.render("abc", texts)).isEqualTo("abc");
	}

}
