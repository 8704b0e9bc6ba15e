package vn.baocao.channel.telegram;

/**
 * The core writes plain text; Telegram gets it in HTML parse mode, so every text is
 * escaped before {@link vn.baocao.text.MessageSplitter#splitHtml} cuts it to messages.
 */
final class TelegramText {

	private TelegramText() {
	}

	static String escapeHtml(String plain) {
		StringBuilder html = new StringBuilder(plain.length() + 16);
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				default -> html.append(c);
			}
		}
		return html.toString();
	}

}
