package vn.baocao.system;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;

/**
 * Starts reading the campaign file on a thread of its own as soon as the settings are
 * known, while Spring reads its configuration classes: with 10,000 units the file takes
 * about a second to parse, which the start no longer waits for in full (issue 18). The
 * {@code campaign} bean takes the result, or reads the file itself when the settings it
 * was bound with name another one. With a folder of campaigns (BAOCAO_CAMPAIGN_DIR) it
 * instead keeps the per-campaign components out of the application's scan. Registered in
 * {@code META-INF/spring.factories}.
 */
class CampaignPreload implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN = "campaignPreload";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (OneCampaign.folderSet(context.getEnvironment())) {
			// a folder: each campaign's components live in its own context
			context.getBeanFactory().registerSingleton(PerCampaignExclusion.BEAN, new PerCampaignExclusion());
			return;
		}
		Path file = Binder.get(context.getEnvironment())
			.bind("baocao.campaign-file", Path.class)
			.orElse(Path.of(BaocaoProperties.DEFAULT_CAMPAIGN_FILE));
		context.getBeanFactory().registerSingleton(BEAN, Reading.start(file));
	}

	/** One file being read. */
	static final class Reading {

		private final Path file;

		private final CompletableFuture<Campaign> campaign;

		private Reading(Path file, CompletableFuture<Campaign> campaign) {
			this.file = file;
			this.campaign = campaign;
		}

		static Reading start(Path file) {
			CompletableFuture<Campaign> campaign = new CompletableFuture<>();
			Thread reader = new Thread(() -> {
				try {
					campaign.complete(CampaignLoader.load(file));
				}
				catch (Throwable failure) {
					campaign.completeExceptionally(failure);
				}
			}, "campaign-preload");
			reader.setDaemon(true);
			reader.start();
			return new Reading(file, campaign);
		}

		/**
		 * The campaign of {@code wanted}: this reading's when it is the same file, else
		 * read now. A bad file fails as {@link CampaignLoader#load} does.
		 */
		Campaign campaign(Path wanted) {
			if (!wanted.equals(file)) {
				return CampaignLoader.load(wanted);
			}
			try {
				return campaign.join();
			}
			catch (CompletionException failed) {
				if (failed.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (failed.getCause() instanceof Error error) {
					throw error;
				}
				throw failed;
			}
		}

	}

}
