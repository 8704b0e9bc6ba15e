package vn.baocao.channel.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.baocao.messaging.Texts;

/**
 * The list Telegram shows behind the "/" button, in Vietnamese: the lead's commands in
 * private chats, the committee's in groups. Both aliases always work; the menu shows the
 * Vietnamese one. A bot without its menu still works, so a refusal is only logged.
 */
final class CommandMenu {

	private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

	static final List<String> PRIVATE_CHATS = List.of("baocao", "sua", "xem", "lai", "bo", "huy", "apcuatoi",
			"dangnhap", "start", "trogiup");

	static final List<String> GROUP_CHATS = List.of("tinhhinh", "tonghop", "dsap", "nhac", "xuat", "vang", "phancong",
			"moi", "datnhom", "trogiup");

	private final TelegramApi api;

	private final Texts texts;

	CommandMenu(TelegramApi api, Texts texts) {
		this.api = api;
		this.texts = texts;
	}

	/** Returns whether Telegram took both lists. */
	boolean publish() {
		boolean privateDone = publish(PRIVATE_CHATS, new BotCommandScopeAllPrivateChats());
		boolean groupDone = publish(GROUP_CHATS, new BotCommandScopeAllGroupChats());
		return privateDone && groupDone;
	}

	private boolean publish(List<String> names, BotCommandScope scope) {
		List<BotCommand> commands = names.stream()
			.map(name -> new BotCommand(name, texts.get("menu." + name)))
			.toList();
		try {
			api.call(SetMyCommands.builder().commands(commands).scope(scope).build());
			return true;
		}
		catch (TelegramApiException | RuntimeException ex) {
			log.warn("Telegram did not take the command menu for {}; the commands still work when typed: {}",
					scope.getType(), ex.getMessage());
			return false;
		}
	}

}
