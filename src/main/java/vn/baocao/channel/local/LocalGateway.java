package vn.baocao.channel.local;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.ChatGateway;
import vn.baocao.messaging.Delivery;
import vn.baocao.messaging.Outbound;

/** Delivering to a local chat means writing it into that chat's transcript. */
@Component
class LocalGateway implements ChatGateway {

	private final LocalTranscript transcript;

	LocalGateway(LocalTranscript transcript) {
		this.transcript = transcript;
	}

	@Override
	public Channel channel() {
		return Channel.LOCAL;
	}

	@Override
	public Delivery send(Outbound message) {
		transcript.outgoing(message);
		return new Delivery.Sent();
	}

	@Override
	public boolean deliversInTransaction() {
		return true;
	}

}
