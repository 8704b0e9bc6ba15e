/**
 * The local channel, always on: a small HTTP API that plays a chat, for trying baocao
 * without any bot token and for tests. Its messages are stored as a transcript per chat.
 */
@NullMarked
package vn.baocao.channel.local;

import org.jspecify.annotations.NullMarked;
