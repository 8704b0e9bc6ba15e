package vn.baocao.messaging;

import java.util.Arrays;

/**
 * A generated file before it is stored: its name as the recipient sees it, its content
 * type, its bytes, and whether a chat should show it as a picture rather than as a
 * document.
 */
public record FileContent(String name, String contentType, byte[] bytes, boolean picture) {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String PNG = "image/png";

	public FileContent {
		bytes = bytes.clone();
	}

	@Override
	public byte[] bytes() {
		return bytes.clone();
	}

	public int size() {
		return bytes.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FileContent that && name.equals(that.name) && contentType.equals(that.contentType)
				&& picture == that.picture && Arrays.equals(bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return 31 * name.hashCode() + Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "FileContent[" + name + ", " + contentType + ", " + bytes.length + " bytes]";
	}

}
