package vn.baocao.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True unless BAOCAO_CAMPAIGN_DIR names a folder of campaigns. */
public final class OneCampaign implements Condition {

	static final String FOLDER_PROPERTY = "baocao.campaign-dir";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !folderSet(context.getEnvironment());
	}

	public static boolean folderSet(org.springframework.core.env.Environment environment) {
		String dir = environment.getProperty(FOLDER_PROPERTY);
		return dir != null && !dir.isBlank();
	}

	/** The other way round: a folder of campaigns. */
	public static final class Several implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return folderSet(context.getEnvironment());
		}

	}

}
