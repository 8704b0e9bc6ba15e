package vn.baocao.web;

import org.springframework.stereotype.Component;

import vn.baocao.messaging.Texts;

/** The web console's sentences, from {@code messages/web_vi.properties}. */
@Component
class WebTexts {

	private final Texts texts = new Texts("messages/web");

	String get(String key, Object... args) {
		return texts.get(key, args);
	}

}
