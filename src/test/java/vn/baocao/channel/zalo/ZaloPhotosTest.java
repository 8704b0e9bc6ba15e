package vn.baocao.channel.zalo;

import java.awt.Color;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.baocao.photo.PhotoBytes;
import vn.baocao.photo.PhotoDownload;
import vn.baocao.photo.PhotoSource;
import vn.baocao.support.FakePhotoServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zalo photos come as a link in the update: fetched from a fake Zalo on a real socket
 * (the configured API address, the one http origin allowed), https only anywhere else.
 */
class ZaloPhotosTest {

	private FakePhotoServer zalo;

	private ZaloPhotos photos;

	private final byte[] jpeg = FakePhotoServer.jpeg(640, 480, Color.GREEN);

	@BeforeEach
	void setUp() {
		zalo = new FakePhotoServer();
		zalo.serve("/photos/a.jpg", jpeg, "image/jpeg")
			.serve("/photos/b.png", FakePhotoServer.png(10, 10, Color.BLACK), "image/png")
			.serve("/photos/fake.jpg", "GIF89a not really".getBytes(), "image/jpeg")
			.serve("/photos/big.jpg", new byte[20_001], "image/jpeg")
			.hang("/photos/slow.jpg");
		photos = new ZaloPhotos(zalo.url(), new PhotoDownload(Duration.ofMillis(1500)));
	}

	@AfterEach
	void tearDown() {
		photos.close();
		zalo.close();
	}

	@Test
	void theUpdatesLinkIsFetchedAndTheBytesSayWhatItIs() {
		PhotoSource.Fetch got = photos.fetch("zalo:" + zalo.url() + "/photos/a.jpg", 100_000);
		assertThat(((PhotoSource.Got) got).bytes()).isEqualTo(jpeg);
		PhotoSource.Fetch png = photos.fetch("zalo:" + zalo.url() + "/photos/b.png", 100_000);
		assertThat(PhotoBytes.type(((PhotoSource.Got) png).bytes())).contains(PhotoBytes.PNG);
		PhotoSource.Fetch fake = photos.fetch("zalo:" + zalo.url() + "/photos/fake.jpg", 100_000);
		assertThat(PhotoBytes.type(((PhotoSource.Got) fake).bytes())).isEmpty();
	}

	@Test
	void overTheCapAndNoAnswer() {
		assertThat(photos.fetch("zalo:" + zalo.url() + "/photos/big.jpg", 20_000))
			.isInstanceOf(PhotoSource.Refused.class);
		assertThat(photos.fetch("zalo:" + zalo.url() + "/photos/slow.jpg", 20_000))
			.isInstanceOf(PhotoSource.Failed.class);
	}

	@Test
	void onlyHttpsOutsideTheConfiguredApi() {
		assertThat(photos.fetch("zalo:http://photos.example.com/a.jpg", 100_000))
			.isInstanceOf(PhotoSource.Refused.class);
		assertThat(photos.fetch("zalo:file:///etc/passwd", 100_000)).isInstanceOf(PhotoSource.Refused.class);
		assertThat(photos.allowed(URI.create("https://f21-zpc.zdn.vn/photo.jpg"))).isTrue();
		assertThat(photos.allowed(URI.create("https://user:pw@example.com/photo.jpg"))).isFalse();
		assertThat(photos.allowed(URI.create("http://127.0.0.1:1/photo.jpg"))).isFalse();
	}

}
