package vn.baocao.messaging;

import vn.baocao.campaign.Channel;

/**
 * What the dispatcher counts for operators: each send attempt by its outcome
 * ({@code sent}, {@code retried}, {@code 429}, {@code refused}, {@code moved}).
 */
public interface DeliveryMetrics {

	DeliveryMetrics NONE = (channel, outcome) -> {
	};

	void sent(Channel channel, String outcome);

}
