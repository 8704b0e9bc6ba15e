package vn.baocao.channel.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import vn.baocao.system.BaocaoProperties;

/**
 * Says in one log line where the local channel listens, so a first run without tokens is
 * usable.
 */
@Component
class LocalChannelAnnouncer implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(LocalChannelAnnouncer.class);

	private final BaocaoProperties properties;

	LocalChannelAnnouncer(BaocaoProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		boolean onlyLocal = !properties.telegram().enabled() && !properties.zalo().enabled();
		log.info(
				"{}Local channel: POST http://localhost:{}/api/local/messages (transcripts: GET http://localhost:{}/api/local/chats/<chatId>)",
				onlyLocal ? "No bot token set, only the local channel runs. " : "", port, port);
	}

}
