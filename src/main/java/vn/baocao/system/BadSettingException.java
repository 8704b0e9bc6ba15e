package vn.baocao.system;

/**
 * A setting that cannot be used; the message names the setting, its value and what was
 * expected.
 */
public class BadSettingException extends RuntimeException {

	public BadSettingException(String setting, Object value, String expected) {
		super(setting + "=" + value + ": " + expected);
	}

}
