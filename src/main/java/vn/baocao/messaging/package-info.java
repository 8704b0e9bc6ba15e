/**
 * Messages on their way out: the channel-neutral outbound model, the user-facing texts,
 * the durable outbox and its dispatcher, and the {@code ChatGateway} port each channel
 * implements.
 */
@NullMarked
package vn.baocao.messaging;

import org.jspecify.annotations.NullMarked;
