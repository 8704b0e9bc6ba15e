package vn.baocao.photo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;

/**
 * Keeps the photos for real, on its own thread so the report dialogue never waits on a
 * download: notes every photo reference in the stored revisions, fetches the waiting ones
 * through the channel that knows them, keeps what is really a JPEG or PNG within the
 * caps, and tries a failed fetch again later (doubling the wait) until it runs out of
 * attempts.
 */
@PerCampaign
@Component
public class PhotoKeeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PhotoKeeper.class);

	private static final Duration LONGEST_WAIT = Duration.ofHours(6);

	private static final int BATCH = 20;

	private final Campaign campaign;

	private final Reports reports;

	private final KeptPhotos kept;

	private final StoredFiles files;

	private final List<PhotoSource> sources;

	private final PhotoSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private @Nullable ScheduledExecutorService executor;

	PhotoKeeper(Campaign campaign, Reports reports, KeptPhotos kept, StoredFiles files, List<PhotoSource> sources,
			PhotoSettings settings, TransactionTemplate transactions, Clock clock) {
		this.campaign = campaign;
		this.reports = reports;
		this.kept = kept;
		this.files = files;
		this.sources = List.copyOf(sources);
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** One pass: note what is new, fetch what is due. Never throws. */
	public synchronized void keepNow() {
		try {
			noteNew();
			for (KeptPhotos.Row row : kept.due(clock.instant(), BATCH)) {
				fetch(row);
			}
		}
		catch (RuntimeException ex) {
			log.error("Keeping photos failed this round; the next round tries again", ex);
		}
	}

	private void noteNew() {
		LocalDate first = campaign.schedule().startDate();
		LocalDate today = LocalDate.ofInstant(clock.instant(), campaign.schedule().zone());
		LocalDate last = today.isBefore(campaign.schedule().endDate()) ? today : campaign.schedule().endDate();
		if (last.isBefore(first)) {
			return;
		}
		Instant now = clock.instant();
		Map<String, Noted> found = new LinkedHashMap<>();
		for (DailyReport report : reports.between(first, last)) {
			for (Revision revision : report.revisions()) {
				for (Value value : revision.values().values()) {
					if (value instanceof Value.Photos photos) {
						for (String ref : photos.refs()) {
							found.putIfAbsent(ref, new Noted(report.hamletCode(), report.day(), revision.number()));
						}
					}
				}
			}
		}
		// only the new ones are written: a pass with nothing new takes no write lock
		found.keySet().removeAll(kept.byRef(found.keySet()).keySet());
		found.forEach((ref, noted) -> kept.note(ref, noted.unit(), noted.day(), noted.revision(), now));
	}

	/** Where a photo reference was first seen. */
	private record Noted(String unit, LocalDate day, int revision) {
	}

	private void fetch(KeptPhotos.Row row) {
		Instant now = clock.instant();
		Optional<PhotoSource> source = sources.stream().filter(s -> s.handles(row.ref())).findFirst();
		if (source.isEmpty()) {
			again(row, "no running channel can fetch it", now);
			return;
		}
		long cap = settings.maxSize().toBytes();
		PhotoSource.Fetch fetch;
		try {
			fetch = source.get().fetch(row.ref(), cap);
		}
		catch (RuntimeException ex) {
			fetch = new PhotoSource.Failed(ex.getClass().getSimpleName());
		}
		if (fetch instanceof PhotoSource.Got got) {
			keep(row, got.bytes(), now);
		}
		else if (fetch instanceof PhotoSource.Refused refused) {
			refuse(row, refused.reason(), now);
		}
		else if (fetch instanceof PhotoSource.Failed failed) {
			again(row, failed.reason(), now);
		}
	}

	private void keep(KeptPhotos.Row row, byte[] bytes, Instant now) {
		Optional<String> type = PhotoBytes.type(bytes);
		if (type.isEmpty()) {
			refuse(row, "not a JPEG or PNG image", now);
			return;
		}
		if (bytes.length > settings.maxSize().toBytes()) {
			refuse(row, "over the size cap of one photo", now);
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (kept.keptBytes() + bytes.length > settings.campaignMaxSize().toBytes()) {
				kept.refused(row.ref(), "over the campaign's size cap for photos", now);
				log.warn(
						"A photo of {} on {} is not kept: the campaign's photos reached baocao.photos.campaign-max-size",
						row.unitCode(), row.day());
				return;
			}
			String extension = type.get().equals(PhotoBytes.PNG) ? ".png" : ".jpg";
			Attachment stored = files
				.store(new FileContent(row.unitCode() + "-" + row.day() + extension, type.get(), bytes, true));
			kept.kept(row.ref(), stored.id(), type.get(), bytes.length, now);
		});
	}

	private void refuse(KeptPhotos.Row row, String reason, Instant now) {
		log.warn("A photo of {} on {} cannot be kept: {}", row.unitCode(), row.day(), reason);
		kept.refused(row.ref(), reason, now);
	}

	private void again(KeptPhotos.Row row, String reason, Instant now) {
		if (row.attempts() + 1 >= settings.attempts()) {
			refuse(row, reason + " (" + (row.attempts() + 1) + " attempts)", now);
			return;
		}
		Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(20, row.attempts()));
		if (wait.compareTo(LONGEST_WAIT) > 0) {
			wait = LONGEST_WAIT;
		}
		log.info("A photo of {} on {} could not be fetched ({}); trying again in {}", row.unitCode(), row.day(), reason,
				wait);
		kept.retry(row.ref(), reason, now.plus(wait), now);
	}

	@Override
	public void start() {
		if (!settings.keep()) {
			log.info("Photos are not fetched (baocao.photos.keep=false)");
			return;
		}
		ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "baocao-photos");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(100, settings.every().toMillis());
		pool.scheduleWithFixedDelay(this::keepNow, every, every, TimeUnit.MILLISECONDS);
		executor = pool;
	}

	@Override
	public void stop() {
		ScheduledExecutorService pool = executor;
		executor = null;
		if (pool != null) {
			pool.shutdownNow();
			try {
				pool.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

}
