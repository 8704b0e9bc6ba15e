package vn.baocao.document;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.PlanLint;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.Progress;

/**
 * Everything the written report says, computed before it is laid out.
 * {@code finalReport}: the campaign's last day is in (a sơ kết), otherwise a progress
 * report to date. {@code figures} are the summary's own computation, over every unit
 * (hamlets, then organisations); {@code results} the units' figures grouped by report
 * template, hamlets first; {@code reviews} each unit's review tally, empty when the
 * campaign does not review reports.
 */
record SoKet(boolean finalReport, LocalDate issued, CampaignReport figures, List<PlanLint.Disagreement> statedTotals,
		List<ResultTable> results, List<UnitReview> reviews, List<UnitNotes> difficulties, List<String> assessment,
		List<Commendations.Proposal> commendations, List<PhotoShown> photos, int photosNotKept) {

	SoKet {
		statedTotals = List.copyOf(statedTotals);
		results = List.copyOf(results);
		reviews = List.copyOf(reviews);
		difficulties = List.copyOf(difficulties);
		assessment = List.copyOf(assessment);
		commendations = List.copyOf(commendations);
		photos = List.copyOf(photos);
	}

	/**
	 * The units answering one template (the hamlets, or organisations of one template)
	 * and what each did; {@code title} null when the campaign has hamlets only (one
	 * table, no title needed); {@code subtotal} the group's sums (empty then too).
	 */
	record ResultTable(@Nullable String title, List<UnitResult> units, List<Progress> subtotal) {

		ResultTable {
			units = List.copyOf(units);
			subtotal = List.copyOf(subtotal);
		}

	}

	/**
	 * One unit's lines, labelled as its own template words them: its targets (planned,
	 * done, percent), or, for a unit without targets, what it reported.
	 */
	record UnitResult(String code, String name, boolean hasTargets, List<Progress> lines) {

		UnitResult {
			lines = List.copyOf(lines);
		}

	}

	/** How a unit's reports of the period stand with their reviewers. */
	record UnitReview(String unitName, int accepted, int waiting, int returned) {
	}

	/** What a unit's leads wrote about difficulties and proposals, each once. */
	record UnitNotes(String unitName, List<String> notes) {

		UnitNotes {
			notes = List.copyOf(notes);
		}

	}

	/** A photo chosen for section IV, already scaled down, with its caption. */
	record PhotoShown(String unitName, LocalDate day, byte[] jpeg, int width, int height) {
	}

}
