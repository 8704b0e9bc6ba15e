package vn.baocao.inbox;

import java.time.Duration;

import vn.baocao.campaign.Channel;

/** Told of every update handled, for the operators' metrics. */
public interface HandledUpdates {

	HandledUpdates NONE = (channel, outcome, took) -> {
	};

	/**
	 * {@code outcome}: {@code applied}, {@code duplicate}, {@code limited} or
	 * {@code failed}.
	 */
	void handled(Channel channel, String outcome, Duration took);

}
