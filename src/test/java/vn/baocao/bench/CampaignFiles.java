package vn.baocao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates campaign files of any size: N hamlets, each with one lead, local ("l1".."lN")
 * or on Telegram.
 */
final class CampaignFiles {

	private CampaignFiles() {
	}

	static Path write(Path dir, int hamlets) throws IOException {
		return write(dir, hamlets, "local", 0, "campaign-" + hamlets + ".yml");
	}

	/** Hamlet i led by the Telegram user {@code firstUserId + i - 1}. */
	static Path writeTelegram(Path dir, int hamlets, long firstUserId) throws IOException {
		return write(dir, hamlets, "telegram", firstUserId, "telegram-" + hamlets + ".yml");
	}

	/**
	 * The lead of hamlet i: "l" + i on the local channel, a numeric user id on Telegram.
	 */
	static String leadId(String channel, long firstUserId, int hamlet) {
		return channel.equals("local") ? "l" + hamlet : String.valueOf(firstUserId + hamlet - 1);
	}

	private static Path write(Path dir, int hamlets, String channel, long firstUserId, String fileName)
			throws IOException {
		StringBuilder yaml = new StringBuilder("""
				campaign:
				  id: bench
				  name: "Đo hiệu năng"
				  time-zone: Asia/Ho_Chi_Minh
				  start-date: 2024-12-10
				  end-date: 2024-12-24
				  window: { opens: "13:30", closes: "15:00" }
				  reminders: ["13:00", "14:30"]
				  summary-at: "15:05"
				committee:
				  local-chat-id: "committee"
				admins:
				  local: ["admin1"]
				hamlets:
				""");
		for (int i = 1; i <= hamlets; i++) {
			yaml.append("  - { code: h")
				.append(i)
				.append(", name: \"Ấp ")
				.append(i)
				.append("\", targets: { cleared_m: 3000, residents: 500 }, leads: { ")
				.append(channel)
				.append(": [\"")
				.append(leadId(channel, firstUserId, i))
				.append("\"] } }\n");
		}
		yaml.append("""
				report:
				  fields:
				    - { key: residents, label: "Số người dân tham gia", type: count, unit: "người", max: 5000 }
				    - { key: soldiers, label: "Số chiến sĩ tham gia", type: count, unit: "người", max: 5000 }
				    - { key: cleared_m, label: "Phát quang đường", type: quantity, unit: "m", max: 100000 }
				ratio: { label: "Đối ứng dân : LLVT", left: residents, right: soldiers, at-least: "1:3" }
				""");
		Path file = dir.resolve(fileName);
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return file;
	}

}
