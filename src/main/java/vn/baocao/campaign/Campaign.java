package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A whole campaign as its file describes it; immutable once loaded and validated.
 * {@code summaryFiles}: whether the summaries (daily and final) come with their chart and
 * workbook. {@code document}: the layout and signature of the written report upward.
 */
public record Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
		List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals,
		Notifications notifications, boolean summaryFiles, DocumentSettings document) {

	public Campaign {
		hamlets = List.copyOf(hamlets);
		statedTotals = Map.copyOf(statedTotals);
	}

	/**
	 * A campaign whose file has no {@code notifications} section and no summary-files
	 * switch.
	 */
	public Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
			List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals) {
		this(id, name, schedule, committee, admins, hamlets, report, ratio, statedTotals, Notifications.defaults(),
				true);
	}

	/** A campaign whose file has no {@code document} section. */
	public Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
			List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals,
			Notifications notifications, boolean summaryFiles) {
		this(id, name, schedule, committee, admins, hamlets, report, ratio, statedTotals, notifications, summaryFiles,
				DocumentSettings.defaults());
	}

	public Optional<Hamlet> hamlet(String code) {
		return hamlets.stream().filter(h -> h.code().equals(code)).findFirst();
	}

	public Optional<Ratio> ratioCheck() {
		return Optional.ofNullable(ratio);
	}

}
