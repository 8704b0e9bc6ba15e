package vn.baocao.text;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the application. Spring components get it injected (it is the
 * context's {@code JsonMapper} bean, so Spring MVC reads and writes with it too); the
 * plain-Java storage codecs ({@code ValueJson}, {@code OutboundJson}, the dialogue state)
 * use it directly. Configured as Spring Boot configures its own by default: dates and
 * durations as ISO text, unknown properties ignored, no default view inclusion. The
 * {@code spring.jackson.*} settings do not apply to it.
 */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
		.build();

	private Json() {
	}

}
