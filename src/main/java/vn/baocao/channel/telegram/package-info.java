/**
 * The Telegram channel on TelegramBots: long polling turns updates into the core's
 * Inbound, and a gateway renders Outbound messages as Bot API calls (HTML text, inline
 * keyboards).
 */
@NullMarked
package vn.baocao.channel.telegram;

import org.jspecify.annotations.NullMarked;
