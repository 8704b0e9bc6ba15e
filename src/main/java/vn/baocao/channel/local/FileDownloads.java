package vn.baocao.channel.local;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.baocao.channel.FileLinks;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.messaging.Texts;

/**
 * {@code GET /api/local/files/{id}}: a file the bot sent (a workbook, a chart), for the
 * local channel's replies and for Zalo, which gets links instead of uploads. Pictures
 * open in place, workbooks download under their own name; an unknown id is a 404.
 */
@RestController
class FileDownloads {

	/** The stored files' ids: 22 URL-safe characters. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final StoredFiles files;

	private final Texts texts = new Texts("messages/export");

	FileDownloads(StoredFiles files) {
		this.files = files;
	}

	@GetMapping(FileLinks.PATH + "{id}")
	ResponseEntity<?> download(@PathVariable String id) {
		var stored = ID.matcher(id).matches() ? files.find(id) : java.util.Optional.<StoredFiles.StoredFile>empty();
		if (stored.isEmpty()) {
			return ResponseEntity.status(404)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", texts.get("download.not-found")));
		}
		FileContent file = stored.get().content();
		ContentDisposition disposition = (file.picture() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(file.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(file.bytes());
	}

}
