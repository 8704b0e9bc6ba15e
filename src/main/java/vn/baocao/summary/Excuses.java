package vn.baocao.summary;

import java.time.LocalDate;
import java.util.Map;

/**
 * Hamlets excused from reporting on a day (/excuse): they get no reminder and are shown
 * as excused, not as missing. The admin feature provides the real store; until then
 * nobody is.
 */
public interface Excuses {

	/**
	 * Codes of the hamlets excused on that day, each with the reason given (empty if
	 * none).
	 */
	Map<String, String> on(LocalDate day);

	static Excuses none() {
		return day -> Map.of();
	}

}
