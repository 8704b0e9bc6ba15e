package vn.baocao.communes;

import vn.baocao.messaging.Texts;

/** {@code messages/communes_vi.properties}. */
final class CommunesTexts {

	static final Texts TEXTS = new Texts("messages/communes");

	private CommunesTexts() {
	}

}
