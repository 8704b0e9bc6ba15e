/**
 * The web console: the chat simulator at {@code /}, the committee desk's dashboard,
 * sign-in by a one-time link from the bot, and the one security chain that also guards
 * the local channel's door. An adapter like a channel: it asks the services the admin
 * commands ask.
 */
@NullMarked
package vn.baocao.web;

import org.jspecify.annotations.NullMarked;
