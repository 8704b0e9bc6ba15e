package vn.baocao.system;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import vn.baocao.campaign.PerCampaign;

/**
 * With a folder of campaigns the application's own scan leaves out the
 * {@link PerCampaign} components: each campaign's context gets its own (see
 * {@link CampaignContexts}).
 */
final class PerCampaignExclusion extends TypeExcludeFilter {

	static final String BEAN = "perCampaignExclusion";

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		return reader.getAnnotationMetadata().hasAnnotation(PerCampaign.class.getName());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PerCampaignExclusion;
	}

	@Override
	public int hashCode() {
		return PerCampaignExclusion.class.hashCode();
	}

}
