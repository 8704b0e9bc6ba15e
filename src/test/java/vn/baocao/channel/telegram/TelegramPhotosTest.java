package vn.baocao.channel.telegram;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.baocao.photo.PhotoBytes;
import vn.baocao.photo.PhotoDownload;
import vn.baocao.photo.PhotoSource;
import vn.baocao.support.FakePhotoServer;
import vn.baocao.text.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram's getFile then the file's download, against a fake Bot API on a real socket
 * serving a JPEG, a PNG, a file that only pretends to be an image, one over the cap and
 * one that never answers.
 */
class TelegramPhotosTest {

	private static final String TOKEN = "123456:PHOTO-token";

	private static final long CAP = 50_000;

	private FakePhotoServer api;

	private TelegramPhotos photos;

	private final byte[] jpeg = FakePhotoServer.jpeg(320, 240, Color.RED);

	private final byte[] png = FakePhotoServer.png(200, 100, Color.BLUE);

	@BeforeEach
	void setUp() {
		api = new FakePhotoServer();
		file("jpeg1", "photos/file_1.jpg", jpeg.length).serve("/file/bot" + TOKEN + "/photos/file_1.jpg", jpeg,
				"image/jpeg");
		file("png1", "photos/file_2.png", png.length).serve("/file/bot" + TOKEN + "/photos/file_2.png", png,
				"image/png");
		byte[] html = "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8);
		file("fake1", "photos/file_3.jpg", html.length).serve("/file/bot" + TOKEN + "/photos/file_3.jpg", html,
				"image/jpeg");
		file("big1", "photos/file_4.jpg", 5_000_000).serve("/file/bot" + TOKEN + "/photos/file_4.jpg", jpeg,
				"image/jpeg");
		// says nothing of its size, then sends too much
		api.json("/bot" + TOKEN + "/getFile?file_id=big2",
				"{\"ok\":true,\"result\":{\"file_id\":\"big2\",\"file_path\":\"photos/file_5.jpg\"}}")
			.serve("/file/bot" + TOKEN + "/photos/file_5.jpg", new byte[(int) CAP + 1], "image/jpeg");
		file("slow1", "photos/file_6.jpg", 1000).hang("/file/bot" + TOKEN + "/photos/file_6.jpg");
		api.json("/bot" + TOKEN + "/getFile?file_id=gone1",
				"{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
		api.status("/bot" + TOKEN + "/getFile?file_id=down1", 502);
		photos = new TelegramPhotos(new BotApi(TOKEN, BotApiUrl.parse(api.url())),
				new PhotoDownload(Duration.ofMillis(1500)), Json.MAPPER);
	}

	private FakePhotoServer file(String id, String path, long size) {
		return api.json("/bot" + TOKEN + "/getFile?file_id=" + id, "{\"ok\":true,\"result\":{\"file_id\":\"" + id
				+ "\",\"file_unique_id\":\"u" + id + "\",\"file_size\":" + size + ",\"file_path\":\"" + path + "\"}}");
	}

	@AfterEach
	void tearDown() {
		photos.close();
		api.close();
	}

	@Test
	void aJpegAndAPngComeBackByteForByte() {
		assertThat(photos.handles("telegram:jpeg1")).isTrue();
		assertThat(photos.handles("zalo:https://x")).isFalse();
		PhotoSource.Fetch first = photos.fetch("telegram:jpeg1", CAP);
		assertThat(first).isInstanceOf(PhotoSource.Got.class);
		assertThat(((PhotoSource.Got) first).bytes()).isEqualTo(jpeg);
		assertThat(PhotoBytes.type(((PhotoSource.Got) first).bytes())).contains(PhotoBytes.JPEG);
		PhotoSource.Fetch second = photos.fetch("telegram:png1", CAP);
		assertThat(PhotoBytes.type(((PhotoSource.Got) second).bytes())).contains(PhotoBytes.PNG);
	}

	@Test
	void aFileThatOnlyPretendsToBeAnImageIsToldByItsBytes() {
		PhotoSource.Fetch fake = photos.fetch("telegram:fake1", CAP);
		assertThat(PhotoBytes.type(((PhotoSource.Got) fake).bytes())).isEmpty();
	}

	@Test
	void overTheCapIsRefusedBeforeDownloadingWhenTheSizeIsKnownAndWhileReadingWhenNot() {
		assertThat(photos.fetch("telegram:big1", CAP)).isInstanceOf(PhotoSource.Refused.class);
		assertThat(api.hits("/file/bot" + TOKEN + "/photos/file_4.jpg")).isZero();
		assertThat(photos.fetch("telegram:big2", CAP)).isInstanceOf(PhotoSource.Refused.class);
	}

	@Test
	void aDownloadThatNeverAnswersFailsForNowAndAGoneFileForGood() {
		PhotoSource.Fetch slow = photos.fetch("telegram:slow1", CAP);
		assertThat(slow).isInstanceOf(PhotoSource.Failed.class);
		assertThat(((PhotoSource.Failed) slow).reason()).doesNotContain(TOKEN);
		PhotoSource.Fetch gone = photos.fetch("telegram:gone1", CAP);
		assertThat(gone).isInstanceOf(PhotoSource.Refused.class);
		assertThat(((PhotoSource.Refused) gone).reason()).contains("invalid file_id").doesNotContain(TOKEN);
		assertThat(photos.fetch("telegram:down1", CAP)).isInstanceOf(PhotoSource.Failed.class);
	}

}
