package vn.baocao.campaign;

/**
 * A campaign file that cannot be used. The message names the file, the field path and
 * what was expected, so an operator can fix it without reading a stack trace.
 */
public class CampaignFileException extends RuntimeException {

	private final String file;

	private final String path;

	private final String expected;

	public CampaignFileException(String file, String path, String expected) {
		super(file + ": " + (path.isEmpty() ? "" : path + ": ") + expected);
		this.file = file;
		this.path = path;
		this.expected = expected;
	}

	public String file() {
		return file;
	}

	public String path() {
		return path;
	}

	public String expected() {
		return expected;
	}

}
