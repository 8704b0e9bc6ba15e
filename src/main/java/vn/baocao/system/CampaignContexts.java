package vn.baocao.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignFolder;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.PerCampaign;

/**
 * Where each campaign's components live. With one campaign file they are the
 * application's own beans. With a folder of campaigns each campaign gets a child context
 * of the application holding its {@link PerCampaign} components and its {@link Campaign};
 * they share the application's database, outbox, channels, clock and settings. The
 * children are built once every shared bean exists and before anything starts (web
 * server, pollers, scheduler), and closed when the application closes.
 */
@Component
class CampaignContexts implements Campaigns, SmartInitializingSingleton, ApplicationListener<ContextClosedEvent> {

	private static final Logger log = LoggerFactory.getLogger(CampaignContexts.class);

	/** The application's root package, where the per-campaign components are. */
	private static final String ROOT_PACKAGE = "vn.baocao";

	private final ConfigurableApplicationContext application;

	private final CampaignFolder folder;

	private volatile Map<String, ConfigurableApplicationContext> children = Map.of();

	CampaignContexts(ConfigurableApplicationContext application, CampaignFolder folder) {
		this.application = application;
		this.folder = folder;
	}

	@Override
	public CampaignFolder folder() {
		return folder;
	}

	@Override
	public <T> T bean(String campaignId, Class<T> type) {
		if (!folder.several()) {
			get(campaignId);
			return application.getBean(type);
		}
		ConfigurableApplicationContext child = children.get(campaignId);
		if (child == null) {
			throw new IllegalArgumentException("No campaign '" + campaignId + "' is served here");
		}
		return child.getBean(type);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!folder.several()) {
			return;
		}
		long started = System.nanoTime();
		Set<BeanDefinition> components = perCampaignComponents();
		Map<String, ConfigurableApplicationContext> built = new LinkedHashMap<>();
		try {
			for (Campaign campaign : folder.campaigns()) {
				built.put(campaign.id(), build(campaign, components));
			}
		}
		catch (RuntimeException ex) {
			close(new ArrayList<>(built.values()));
			throw ex;
		}
		children = Collections.unmodifiableMap(built);
		log.info("Serving {} campaigns from {} ({} components each) in {} ms: {}", built.size(),
				application.getEnvironment().getProperty(OneCampaign.FOLDER_PROPERTY), components.size(),
				(System.nanoTime() - started) / 1_000_000, String.join(", ", built.keySet()));
	}

	private Set<BeanDefinition> perCampaignComponents() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				application.getEnvironment());
		scanner.addIncludeFilter(new AnnotationTypeFilter(PerCampaign.class));
		scanner.setResourceLoader(application);
		return scanner.findCandidateComponents(ROOT_PACKAGE);
	}

	private ConfigurableApplicationContext build(Campaign campaign, Set<BeanDefinition> components) {
		AnnotationConfigApplicationContext child = new AnnotationConfigApplicationContext();
		child.setId(application.getId() + ":" + campaign.id());
		child.setDisplayName("campaign " + campaign.id());
		child.setParent(application);
		child.setEnvironment(application.getEnvironment());
		child.setClassLoader(application.getClassLoader());
		child.getBeanFactory().setConversionService(application.getBeanFactory().getConversionService());
		child.registerBean("campaign", Campaign.class, () -> campaign);
		child.register(Infrastructure.class);
		AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
		for (BeanDefinition component : components) {
			AbstractBeanDefinition copy = ((AbstractBeanDefinition) component).cloneBeanDefinition();
			child.registerBeanDefinition(names.generateBeanName(copy, child), copy);
		}
		child.refresh();
		return child;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		if (event.getApplicationContext() == application) {
			List<ConfigurableApplicationContext> open = new ArrayList<>(children.values());
			Collections.reverse(open);
			close(open);
			children = Map.of();
		}
	}

	private static void close(List<ConfigurableApplicationContext> contexts) {
		for (ConfigurableApplicationContext context : contexts) {
			try {
				context.close();
			}
			catch (RuntimeException ex) {
				log.warn("Closing {} failed", context.getDisplayName(), ex);
			}
		}
	}

	/**
	 * What a campaign's context needs beside its components: transactions as the
	 * application has them.
	 */
	@EnableTransactionManagement(proxyTargetClass = true)
	static class Infrastructure {

	}

}
