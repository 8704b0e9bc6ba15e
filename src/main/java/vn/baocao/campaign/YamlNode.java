package vn.baocao.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A value read from YAML together with its path in the file, so that every complaint
 * about it can say exactly where it is ({@code hamlets[3].targets.cleard_m}).
 */
final class YamlNode {

	private final String file;

	private final String path;

	private final @Nullable Object value;

	/** The mapping with its keys as text, made once: a node is asked for many keys. */
	private @Nullable Map<String, Object> map;

	YamlNode(String file, String path, @Nullable Object value) {
		this.file = file;
		this.path = path;
		this.value = value;
	}

	String path() {
		return path;
	}

	boolean isMissing() {
		return value == null;
	}

	boolean isBoolean() {
		return value instanceof Boolean;
	}

	CampaignFileException error(String expected) {
		return new CampaignFileException(file, path, expected);
	}

	YamlNode get(String key) {
		Map<String, Object> map = asMap();
		return new YamlNode(file, path.isEmpty() ? key : path + "." + key, map.get(key));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> asMap() {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> mapping)) {
			throw error("expected a mapping of keys to values");
		}
		if (map == null) {
			Map<String, Object> byText = new LinkedHashMap<>();
			mapping.forEach((k, v) -> byText.put(String.valueOf(k), v));
			map = Collections.unmodifiableMap(byText);
		}
		return map;
	}

	void allowOnly(Set<String> keys) {
		for (String key : asMap().keySet()) {
			if (!keys.contains(key)) {
				throw get(key).error("unknown field (allowed: " + String.join(", ", keys) + ")");
			}
		}
	}

	List<YamlNode> asList() {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw error("expected a list");
		}
		List<YamlNode> nodes = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			nodes.add(new YamlNode(file, path + "[" + i + "]", list.get(i)));
		}
		return nodes;
	}

	List<String> asStringList() {
		if (value != null && !(value instanceof List<?>)) {
			return List.of(asText());
		}
		return asList().stream().map(YamlNode::asText).toList();
	}

	String asText() {
		if (value == null) {
			throw error("required, but missing");
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			throw error("expected a single value");
		}
		return String.valueOf(value).trim();
	}

	String requiredText() {
		String text = asText();
		if (text.isEmpty()) {
			throw error("must not be empty");
		}
		return text;
	}

	@Nullable String optionalText() {
		return value == null ? null : asText();
	}

	boolean asBoolean(boolean fallback) {
		if (value == null) {
			return fallback;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		throw error("expected true or false, got '" + value + "'");
	}

	BigDecimal asNumber() {
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		try {
			return new BigDecimal(asText());
		}
		catch (NumberFormatException ex) {
			throw error("expected a number, got '" + value + "'");
		}
	}

	@Nullable BigDecimal optionalNumber() {
		return value == null ? null : asNumber();
	}

	LocalDate asDate() {
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		try {
			return LocalDate.parse(asText());
		}
		catch (DateTimeParseException ex) {
			throw error("expected a date as yyyy-MM-dd, got '" + value + "'");
		}
	}

	LocalTime asTime() {
		String text = value instanceof Integer seconds ? sexagesimal(seconds) : asText();
		try {
			return LocalTime.parse(text,
					text.length() > 5 ? DateTimeFormatter.ofPattern("H:mm:ss") : DateTimeFormatter.ofPattern("H:mm"));
		}
		catch (DateTimeParseException ex) {
			throw error("expected a time as HH:mm or HH:mm:ss, got '" + text + "'");
		}
	}

	/** YAML 1.1 reads an unquoted 13:30 as the base-60 integer 810. */
	private static String sexagesimal(int minutesOrSeconds) {
		return "%d:%02d".formatted(minutesOrSeconds / 60, minutesOrSeconds % 60);
	}

}
