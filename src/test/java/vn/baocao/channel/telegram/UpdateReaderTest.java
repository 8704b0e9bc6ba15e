package vn.baocao.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Inbound;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Updates as Telegram sends them (JSON read the way TelegramBots reads it) and what
 * baocao makes of them.
 */
class UpdateReaderTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String LAN = """
			{"id": 7001, "is_bot": false, "first_name": "Lan", "last_name": "Nguyễn", "username": "lan_cau"}""";

	private static final String PRIVATE = """
			{"id": 7001, "type": "private", "first_name": "Lan"}""";

	private static final String GROUP = """
			{"id": -1001000000001, "type": "supergroup", "title": "Ban Chỉ đạo"}""";

	private final UpdateReader reader = new UpdateReader(new BotIdentity(666, "BaocaoBot"));

	@Test
	void privateTextBecomesTextWithTheSenderAndTheUpdateId() {
		Inbound in = act(message(PRIVATE, LAN, "\"text\": \"1.330 m\""));
		assertThat(in.channel()).isEqualTo(Channel.TELEGRAM);
		assertThat(in.chatId()).isEqualTo("7001");
		assertThat(in.chatKind()).isEqualTo(Inbound.ChatKind.PRIVATE);
		assertThat(in.content()).isEqualTo(new Inbound.Text("1.330 m"));
		assertThat(in.updateId()).isEqualTo("42");
		assertThat(in.user()).isEqualTo(new ChatUser(new UserRef(Channel.TELEGRAM, "7001"), "Lan Nguyễn", "lan_cau"));
	}

	@Test
	void aSenderWithOnlyAFirstNameIsShownByIt() {
		Inbound in = act(message(PRIVATE, """
				{"id": 7002, "is_bot": false, "first_name": "Hưng"}""", "\"text\": \"25\""));
		assertThat(in.user().displayName()).isEqualTo("Hưng");
		assertThat(in.user().username()).isNull();
	}

	@Test
	void commandsAreReadWithTheirArgumentsAndWithOurBotName() {
		assertThat(act(message(PRIVATE, LAN, "\"text\": \"/baocao\"")).content())
			.isEqualTo(new Inbound.Command("baocao", ""));
		assertThat(act(message(PRIVATE, LAN, "\"text\": \"/start@BaocaoBot K7PQ2M\"")).content())
			.isEqualTo(new Inbound.Command("start", "K7PQ2M"));
		assertThat(act(message(GROUP, LAN, "\"text\": \"/tonghop@baocaobot 10/12\"")).content())
			.isEqualTo(new Inbound.Command("tonghop", "10/12"));
	}

	@Test
	void aCommandForAnotherBotIsIgnored() {
		assertThat(reader.read(message(GROUP, LAN, "\"text\": \"/help@OtherBot\"")))
			.isInstanceOf(UpdateReader.Ignore.class);
		assertThat(reader.read(message(PRIVATE, LAN, "\"text\": \"/start@OtherBot\"")))
			.isInstanceOf(UpdateReader.Ignore.class);
	}

	@Test
	void inAGroupOnlyCommandsAndRepliesToTheBotAreRead() {
		assertThat(reader.read(message(GROUP, LAN, "\"text\": \"Chiều nay họp nhé\"")))
			.isInstanceOf(UpdateReader.Ignore.class);
		Inbound command = act(message(GROUP, LAN, "\"text\": \"/tinhhinh\""));
		assertThat(command.chatKind()).isEqualTo(Inbound.ChatKind.GROUP);
		assertThat(command.chatId()).isEqualTo("-1001000000001");
		String replyToBot = """
				"text": "Ấp Cầu xong rồi", "reply_to_message": {"message_id": 5, "date": 1733814000,
				  "chat": %s, "from": {"id": 666, "is_bot": true, "first_name": "Báo cáo"}, "text": "Tổng hợp"}"""
			.formatted(GROUP);
		assertThat(act(message(GROUP, LAN, replyToBot)).content()).isEqualTo(new Inbound.Text("Ấp Cầu xong rồi"));
		String replyToPerson = replyToBot.replace("\"id\": 666", "\"id\": 9001");
		assertThat(reader.read(message(GROUP, LAN, replyToPerson))).isInstanceOf(UpdateReader.Ignore.class);
	}

	@Test
	void aPlainGroupIsAGroupAndAChannelIsIgnored() {
		String group = """
				{"id": -4001, "type": "group", "title": "Tổ 3"}""";
		assertThat(act(message(group, LAN, "\"text\": \"/trogiup\"")).chatKind()).isEqualTo(Inbound.ChatKind.GROUP);
		String channel = """
				{"id": -1002, "type": "channel", "title": "Tin xã"}""";
		assertThat(reader.read(message(channel, LAN, "\"text\": \"/baocao\""))).isInstanceOf(UpdateReader.Ignore.class);
	}

	@Test
	void aButtonPressBecomesAButtonInTheChatOfItsMessage() {
		Inbound in = act(update("""
				"callback_query": {"id": "cb1", "from": %s, "chat_instance": "-77", "data": "3:yes",
				  "message": {"message_id": 12, "date": 1733814000, "chat": %s, "text": "Câu 2/4"}}""".formatted(LAN,
				PRIVATE)));
		assertThat(in.content()).isEqualTo(new Inbound.Button("3:yes"));
		assertThat(in.chatId()).isEqualTo("7001");
		assertThat(in.chatKind()).isEqualTo(Inbound.ChatKind.PRIVATE);
		assertThat(in.user().displayName()).isEqualTo("Lan Nguyễn");
	}

	@Test
	void aPressOnAMessageTooOldToShowIsStillReadInItsChat() {
		Inbound in = act(update("""
				"callback_query": {"id": "cb2", "from": %s, "chat_instance": "-77", "data": "1:no",
				  "message": {"message_id": 3, "date": 0, "chat": %s}}""".formatted(LAN, PRIVATE)));
		assertThat(in.chatId()).isEqualTo("7001");
		assertThat(in.content()).isEqualTo(new Inbound.Button("1:no"));
	}

	@Test
	void aPressWithoutItsMessageIsTakenAsThePrivateChatOfThePresser() {
		Inbound in = act(update("""
				"callback_query": {"id": "cb3", "from": %s, "chat_instance": "-77", "data": "1:no",
				  "inline_message_id": "AAA"}""".formatted(LAN)));
		assertThat(in.chatId()).isEqualTo("7001");
		assertThat(in.chatKind()).isEqualTo(Inbound.ChatKind.PRIVATE);
	}

	@Test
	void aPhotoKeepsItsLargestSizeAsAFileReference() {
		Inbound in = act(message(PRIVATE, LAN, """
				"caption": "Đường Lộ kiểm", "photo": [
				  {"file_id": "small", "file_unique_id": "a", "width": 90, "height": 67, "file_size": 1200},
				  {"file_id": "large", "file_unique_id": "b", "width": 1280, "height": 960, "file_size": 98000},
				  {"file_id": "medium", "file_unique_id": "c", "width": 320, "height": 240, "file_size": 14000}]"""));
		assertThat(in.content()).isEqualTo(new Inbound.Photo("telegram:large", "Đường Lộ kiểm"));
	}

	@Test
	void aPictureSentAsAFileIsAPhoto() {
		Inbound in = act(message(PRIVATE, LAN,
				"""
						"document": {"file_id": "doc1", "file_unique_id": "d", "file_name": "IMG_2024.jpg", "mime_type": "image/jpeg"}"""));
		assertThat(in.content()).isEqualTo(new Inbound.Photo("telegram:doc1", null));
	}

	@Test
	void whatTheBotCannotReadIsUnsupportedInPrivateAndIgnoredInGroups() {
		String sticker = """
				"sticker": {"file_id": "s1", "file_unique_id": "s", "type": "regular", "width": 512, "height": 512,
				  "is_animated": false, "is_video": false}""";
		assertThat(reader.read(message(PRIVATE, LAN, sticker))).isEqualTo(new UpdateReader.Unsupported("7001"));
		assertThat(reader.read(message(GROUP, LAN, sticker))).isInstanceOf(UpdateReader.Ignore.class);
	}

	@Test
	void otherBotsAndAnonymousGroupSendersAreIgnored() {
		String bot = """
				{"id": 555, "is_bot": true, "first_name": "Other"}""";
		assertThat(reader.read(message(PRIVATE, bot, "\"text\": \"/baocao\""))).isInstanceOf(UpdateReader.Ignore.class);
		assertThat(reader.read(update("""
				"message": {"message_id": 9, "date": 1733814000, "chat": %s, "text": "/tonghop",
				  "sender_chat": %s}""".formatted(GROUP, GROUP)))).isInstanceOf(UpdateReader.Ignore.class);
	}

	@Test
	void aPrivateMessageWithoutASenderCannotBeRead() {
		Update update = update("""
				"message": {"message_id": 9, "date": 1733814000, "chat": %s, "text": "25"}""".formatted(PRIVATE));
		assertThatThrownBy(() -> reader.read(update)).isInstanceOf(UpdateReader.UnreadableUpdate.class)
			.hasMessageContaining("without a sender");
	}

	@Test
	void updatesOfOtherKindsAreIgnored() {
		assertThat(reader.read(update("""
				"edited_message": {"message_id": 9, "date": 1733814000, "edit_date": 1733814100, "chat": %s,
				  "from": %s, "text": "26"}""".formatted(PRIVATE, LAN)))).isInstanceOf(UpdateReader.Ignore.class);
	}

	private Inbound act(Update update) {
		UpdateReader.Reading reading = reader.read(update);
		assertThat(reading).isInstanceOf(UpdateReader.Act.class);
		return ((UpdateReader.Act) reading).inbound();
	}

	private static Update message(String chat, String from, String content) {
		return update("""
				"message": {"message_id": 9, "date": 1733814000, "chat": %s, "from": %s, %s}""".formatted(chat, from,
				content));
	}

	private static Update update(String body) {
		try {
			return JSON.readValue("{\"update_id\": 42, " + body + "}", Update.class);
		}
		catch (Exception ex) {
			throw new AssertionError("Not an update: " + body, ex);
		}
	}

}
