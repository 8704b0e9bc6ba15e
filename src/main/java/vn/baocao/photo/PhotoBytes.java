package vn.baocao.photo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What a downloaded file really is, by its first bytes (a file name or a Content-Type
 * header proves nothing), and reading a download without ever holding more than the cap.
 */
public final class PhotoBytes {

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private PhotoBytes() {
	}

	/** image/jpeg or image/png, or empty for anything else. */
	public static Optional<String> type(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= PNG_SIGNATURE.length) {
			for (int i = 0; i < PNG_SIGNATURE.length; i++) {
				if (bytes[i] != PNG_SIGNATURE[i]) {
					return Optional.empty();
				}
			}
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

	/** The stream's bytes, or empty when there are more than {@code maxBytes}. */
	public static Optional<byte[]> readCapped(InputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) != -1) {
			total += n;
			if (total > maxBytes) {
				return Optional.empty();
			}
			out.write(buffer, 0, n);
		}
		return Optional.of(out.toByteArray());
	}

}
