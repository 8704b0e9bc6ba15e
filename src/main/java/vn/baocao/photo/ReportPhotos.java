package vn.baocao.photo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Value;

/**
 * The photos of stored reports as the documents show them: each report's latest
 * revision's photos, in the order sent, kept or not.
 */
@PerCampaign
@Service
public class ReportPhotos {

	private final KeptPhotos kept;

	private final StoredFiles files;

	ReportPhotos(KeptPhotos kept, StoredFiles files) {
		this.kept = kept;
		this.files = files;
	}

	/**
	 * One photo of a report; {@code position} counts from 1 within the unit's day;
	 * {@code fileId} is null while it is not kept.
	 */
	public record Photo(String unitCode, LocalDate day, int position, String ref, KeptPhotos.State state,
			@Nullable String fileId) {

		public boolean isKept() {
			return state == KeptPhotos.State.KEPT && fileId != null;
		}

	}

	/** The photos of these reports, by day then unit (in the given units' order). */
	public List<Photo> of(List<DailyReport> reports, List<String> unitOrder) {
		List<DailyReport> sorted = new ArrayList<>(reports);
		sorted.sort(Comparator.comparing(DailyReport::day).thenComparing(r -> order(unitOrder, r.hamletCode())));
		List<String> refs = new ArrayList<>();
		for (DailyReport report : sorted) {
			refs.addAll(refsOf(report));
		}
		Map<String, KeptPhotos.Row> rows = kept.byRef(refs);
		List<Photo> photos = new ArrayList<>();
		for (DailyReport report : sorted) {
			int position = 0;
			for (String ref : refsOf(report)) {
				KeptPhotos.Row row = rows.get(ref);
				photos.add(new Photo(report.hamletCode(), report.day(), ++position, ref,
						row == null ? KeptPhotos.State.WAITING : row.state(), row == null ? null : row.fileId()));
			}
		}
		return photos;
	}

	/** The kept bytes of a photo. */
	public Optional<FileContent> content(Photo photo) {
		if (!photo.isKept()) {
			return Optional.empty();
		}
		return files.find(photo.fileId()).map(StoredFiles.StoredFile::content);
	}

	private static List<String> refsOf(DailyReport report) {
		List<String> refs = new ArrayList<>();
		for (Value value : report.latest().values().values()) {
			if (value instanceof Value.Photos photos) {
				refs.addAll(photos.refs());
			}
		}
		return refs;
	}

	private static int order(List<String> units, String code) {
		int at = units.indexOf(code);
		return at < 0 ? Integer.MAX_VALUE : at;
	}

}
