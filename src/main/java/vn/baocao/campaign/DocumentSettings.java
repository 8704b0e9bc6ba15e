package vn.baocao.campaign;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The campaign file's {@code document} section: how the written report upward (sơ kết) is
 * laid out and signed. {@code form} picks the administrative form: a party body's (Hướng
 * dẫn 36-HD/VPTW) or a state body's (Nghị định 30/2020/NĐ-CP).
 */
public record DocumentSettings(Form form, List<String> issuer, @Nullable String superior, String number, String place,
		Signer signer, List<String> recipients, CommendationRule commendation) {

	public DocumentSettings {
		issuer = List.copyOf(issuer);
		recipients = List.copyOf(recipients);
	}

	/** The administrative form of the document. */
	public enum Form {

		/**
		 * Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM" top right, asterisk under the
		 * issuer.
		 */
		PARTY,
		/** Nghị định 30/2020/NĐ-CP: national name and motto top right. */
		STATE

	}

	/**
	 * The signature block: "T/M …" (may be empty), the title in one or more lines, the
	 * signer's name.
	 */
	public record Signer(String onBehalf, List<String> title, String name) {

		public Signer {
			title = List.copyOf(title);
		}

	}

	/**
	 * Which units the report proposes for commendation: every target met, and/or no day
	 * missing (an excused day is not missing).
	 */
	public record CommendationRule(boolean allTargetsMet, boolean noMissingDay) {

		public static CommendationRule defaults() {
			return new CommendationRule(true, true);
		}

	}

	/** What a campaign file without a {@code document} section gets. */
	public static DocumentSettings defaults() {
		return new DocumentSettings(Form.STATE, List.of("BAN CHỈ ĐẠO"), null, "/BC-BCĐ", "",
				new Signer("T/M BAN CHỈ ĐẠO", List.of("TRƯỞNG BAN"), ""), List.of("Lưu: VT"),
				CommendationRule.defaults());
	}

}
