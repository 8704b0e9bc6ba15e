package vn.baocao.channel.telegram;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.baocao.photo.PhotoDownload;
import vn.baocao.photo.PhotoSource;

/**
 * Fetches the photos leads send on Telegram: {@code getFile} says where the file is, then
 * {@code <api>/file/bot<token>/<file_path>} gives it (Bot API: files up to 20 MB, the
 * link valid at least an hour, so it is asked for anew each attempt).
 */
final class TelegramPhotos implements PhotoSource, AutoCloseable {

	static final String PREFIX = "telegram:";

	/** The getFile answer is a few hundred bytes. */
	private static final long ANSWER_CAP = 64 * 1024;

	private final JsonMapper json;

	private final String base;

	private final String token;

	private final PhotoDownload download;

	TelegramPhotos(BotApi api, PhotoDownload download, JsonMapper json) {
		this.json = json;
		this.base = api.address();
		this.token = api.token();
		this.download = download;
	}

	@Override
	public boolean handles(String ref) {
		return ref.startsWith(PREFIX);
	}

	@Override
	public Fetch fetch(String ref, long maxBytes) {
		String fileId = ref.substring(PREFIX.length());
		Fetch answer = download.get(URI
			.create(base + "/bot" + token + "/getFile?file_id=" + URLEncoder.encode(fileId, StandardCharsets.UTF_8)),
				ANSWER_CAP);
		if (!(answer instanceof Got got)) {
			return answer;
		}
		JsonNode file;
		try {
			JsonNode body = json.readTree(got.bytes());
			if (!body.path("ok").asBoolean(false)) {
				return new Refused("getFile: " + body.path("description").asString("not ok"));
			}
			file = body.path("result");
		}
		catch (JacksonException ex) {
			return new Failed("getFile answered something that is not JSON");
		}
		long size = file.path("file_size").asLong(0);
		if (size > maxBytes) {
			return new Refused("over the size cap (" + size + " bytes)");
		}
		String path = file.path("file_path").asString("");
		if (path.isEmpty()) {
			return new Refused("getFile gave no file_path (too big for the Bot API?)");
		}
		return download.get(URI.create(base + "/file/bot" + token + "/" + path), maxBytes);
	}

	@Override
	public void close() {
		download.close();
	}

}
