package vn.baocao.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Service;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.messaging.FileContent;
import vn.baocao.report.Reports;

/**
 * The .zip of the kept photos of a range of days for the person who makes the video
 * report: {@code <unit-code>/<yyyy-MM-dd>/<NN>.jpg} for every unit (hamlets, then
 * organisations, each day), NN counting the unit's photos of the day in the order sent (a
 * PNG is turned into a JPEG so every entry is what its name says).
 */
@PerCampaign
@Service
public class PhotoZip {

	public static final String ZIP = "application/zip";

	private final Campaign campaign;

	private final Reports reports;

	private final ReportPhotos photos;

	PhotoZip(Campaign campaign, Reports reports, ReportPhotos photos) {
		this.campaign = campaign;
		this.reports = reports;
		this.photos = photos;
	}

	/** The zip and how many photos are in it and how many could not be kept. */
	public record Made(FileContent zip, int kept, int notKept) {
	}

	public Made zip(LocalDate first, LocalDate last) {
		List<String> units = campaign.units().stream().map(Unit::code).toList();
		List<ReportPhotos.Photo> all = photos.of(reports.between(first, last), units);
		int kept = 0;
		int notKept = 0;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (ReportPhotos.Photo photo : all) {
				Optional<FileContent> content = photos.content(photo);
				if (content.isEmpty()) {
					notKept++;
					continue;
				}
				zip.putNextEntry(new ZipEntry(entryName(photo)));
				zip.write(jpeg(content.get()));
				zip.closeEntry();
				kept++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = "anh-" + first + "-den-" + last + ".zip";
		return new Made(new FileContent(name, ZIP, bytes.toByteArray(), false), kept, notKept);
	}

	static String entryName(ReportPhotos.Photo photo) {
		return photo.unitCode() + "/" + photo.day() + "/" + String.format("%02d", photo.position()) + ".jpg";
	}

	/** The photo as a JPEG: as it is when it is one, re-encoded on white when a PNG. */
	static byte[] jpeg(FileContent content) throws IOException {
		byte[] bytes = content.bytes();
		if (PhotoBytes.JPEG.equals(PhotoBytes.type(bytes).orElse(""))) {
			return bytes;
		}
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		if (image == null) {
			return bytes;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(rgb, "jpg", out);
		return out.toByteArray();
	}

	/** The first day of the campaign, for callers that want "from the start". */
	public LocalDate firstDay() {
		return campaign.schedule().startDate();
	}

}
