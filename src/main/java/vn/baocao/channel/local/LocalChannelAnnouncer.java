package vn.baocao.channel.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.baocao.channel.LocalChannelSwitch;
import vn.baocao.system.BaocaoProperties;

/**
 * Says in one log line where the local channel listens, so a first run without tokens is
 * usable.
 */
@Component
class LocalChannelAnnouncer implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(LocalChannelAnnouncer.class);

	private final BaocaoProperties properties;

	private final Environment environment;

	LocalChannelAnnouncer(BaocaoProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		if (!LocalChannelSwitch.isOn(environment)) {
			log.info("Local channel off (BAOCAO_LOCAL_CHANNEL=off). Web console: http://localhost:{}/dashboard", port);
			return;
		}
		boolean onlyLocal = !properties.telegram().enabled() && !properties.zalo().enabled();
		String who = environment.getProperty("baocao.local.token", "").isBlank() ? "from this machine only"
				: "with the BAOCAO_LOCAL_TOKEN bearer token";
		log.info(
				"{}Open http://localhost:{} for the chat simulator; local channel ({}): POST http://localhost:{}/api/local/messages, transcripts GET /api/local/chats/<chatId>",
				onlyLocal ? "No bot token set, only the local channel runs. " : "", port, who, port);
	}

}
