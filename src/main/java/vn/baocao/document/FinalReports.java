package vn.baocao.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.export.ExportFile;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.Texts;
import vn.baocao.photo.ReportPhotos;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.roster.Excuses;

/**
 * Makes the written report upward as a .docx: the sơ kết once the last day is in, a
 * progress report (báo cáo tiến độ) before, over every unit (hamlets, then
 * organisations), with each unit's review tally when the campaign reviews reports. Reads
 * only; storing and sending it is the caller's.
 */
@PerCampaign
@Service
public class FinalReports {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final Logger log = LoggerFactory.getLogger(FinalReports.class);

	/** At most this many photos of one unit in section IV. */
	static final int PHOTOS_PER_UNIT = 3;

	/** Photos are scaled to at most this many pixels on their longer side. */
	static final int PHOTO_PIXELS = 1024;

	private final Campaign campaign;

	private final CampaignCalendar calendar;

	private final Reports reports;

	private final Excuses excuses;

	private final ReportPhotos photos;

	private final Reviews reviews;

	private final Texts texts = new Texts("messages/document");

	private final SoKetBuilder builder;

	private final DocxWriter writer;

	public FinalReports(Campaign campaign, CampaignCalendar calendar, Reports reports, Excuses excuses,
			ReportPhotos photos, Reviews reviews) {
		this.campaign = campaign;
		this.calendar = calendar;
		this.reports = reports;
		this.excuses = excuses;
		this.photos = photos;
		this.reviews = reviews;
		this.builder = new SoKetBuilder(campaign, texts);
		this.writer = new DocxWriter(campaign, texts);
	}

	/** The report of the campaign days up to {@code lastDay}, dated today. */
	public ExportFile document(LocalDate lastDay) {
		LocalDate first = campaign.schedule().startDate();
		List<DailyReport> upTo = reports.between(first, lastDay);
		List<String> units = campaign.units().stream().map(Unit::code).toList();
		List<ReportPhotos.Photo> all = photos.of(upTo, units);
		int notKept = (int) all.stream().filter(p -> !p.isKept()).count();
		@Nullable Map<String, ReviewState> states = campaign.review() ? reviews.statesOf(upTo) : null;
		SoKet soKet = builder.build(lastDay, calendar.today(), upTo, excuses::reasons, states, shown(all), notKept);
		byte[] bytes = writer.write(soKet);
		String name = (soKet.finalReport() ? "soket-" : "tiendo-") + lastDay + ".docx";
		String caption = soKet.finalReport() ? texts.get("file.final", Format.day(first), Format.day(lastDay))
				: texts.get("file.progress", Format.day(lastDay));
		return new ExportFile(new FileContent(name, DOCX, bytes, false), caption);
	}

	/**
	 * A few photos per unit, from its latest days first, at most one a day, scaled down;
	 * a photo that cannot be read is left out.
	 */
	private List<SoKet.PhotoShown> shown(List<ReportPhotos.Photo> all) {
		Map<String, String> names = new HashMap<>();
		campaign.units().forEach(u -> names.put(u.code(), u.name()));
		Map<String, List<ReportPhotos.Photo>> chosen = new HashMap<>();
		for (int i = all.size() - 1; i >= 0; i--) {
			ReportPhotos.Photo photo = all.get(i);
			if (!photo.isKept()) {
				continue;
			}
			List<ReportPhotos.Photo> ofUnit = chosen.computeIfAbsent(photo.unitCode(), k -> new ArrayList<>());
			boolean sameDay = ofUnit.stream().anyMatch(p -> p.day().equals(photo.day()));
			if (ofUnit.size() < PHOTOS_PER_UNIT && !sameDay) {
				ofUnit.add(photo);
			}
		}
		List<SoKet.PhotoShown> shown = new ArrayList<>();
		for (Unit unit : campaign.units()) {
			List<ReportPhotos.Photo> ofUnit = new ArrayList<>(chosen.getOrDefault(unit.code(), List.of()));
			ofUnit.sort((a, b) -> a.day().compareTo(b.day()));
			for (ReportPhotos.Photo photo : ofUnit) {
				photos.content(photo)
					.flatMap(content -> scaled(content.bytes()))
					.ifPresent(
							s -> shown.add(new SoKet.PhotoShown(names.getOrDefault(photo.unitCode(), photo.unitCode()),
									photo.day(), s.jpeg, s.width, s.height)));
			}
		}
		return shown;
	}

	private record Scaled(byte[] jpeg, int width, int height) {
	}

	private static Optional<Scaled> scaled(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				return Optional.empty();
			}
			double factor = Math.min(1.0, (double) PHOTO_PIXELS / Math.max(image.getWidth(), image.getHeight()));
			int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
			int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
			BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = out.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
			g.dispose();
			ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
			ImageIO.write(out, "jpg", jpeg);
			return Optional.of(new Scaled(jpeg.toByteArray(), width, height));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("A kept photo could not be read as an image; the report goes without it: {}", ex.toString());
			return Optional.empty();
		}
	}

}
