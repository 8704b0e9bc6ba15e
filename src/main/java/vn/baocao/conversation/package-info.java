/**
 * The report dialogue as a typed state machine, the lead commands and the router that
 * sends each inbound message to a command handler or to the chat's conversation. Plain
 * Java: the channels and the storage sit outside.
 */
@NullMarked
package vn.baocao.conversation;

import org.jspecify.annotations.NullMarked;
