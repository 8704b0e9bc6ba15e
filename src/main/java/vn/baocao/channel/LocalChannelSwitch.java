package vn.baocao.channel;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code BAOCAO_LOCAL_CHANNEL} ({@code baocao.local.channel}): the local channel's HTTP
 * endpoints exist unless it says {@code off}. As a condition it keeps them out of the
 * context; the web console asks {@link #isOn} to know whether its simulator can work.
 */
public final class LocalChannelSwitch implements Condition {

	public static final String PROPERTY = "baocao.local.channel";

	private static final Set<String> OFF = Set.of("off", "false", "no", "0");

	public static boolean isOn(Environment environment) {
		String value = environment.getProperty(PROPERTY, "on");
		return !OFF.contains(value.strip().toLowerCase(Locale.ROOT));
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

}
