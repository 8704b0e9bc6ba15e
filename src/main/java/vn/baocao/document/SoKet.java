package vn.baocao.document;

import java.time.LocalDate;
import java.util.List;

import vn.baocao.campaign.PlanLint;
import vn.baocao.summary.CampaignReport;

/**
 * Everything the written report says, computed before it is laid out.
 * {@code finalReport}: the campaign's last day is in (a sơ kết), otherwise a progress
 * report to date. {@code units}' figures come from {@code figures}, the summary's own
 * computation.
 */
record SoKet(boolean finalReport, LocalDate issued, CampaignReport figures, List<PlanLint.Disagreement> statedTotals,
		List<UnitNotes> difficulties, List<String> assessment, List<Commendations.Proposal> commendations,
		List<PhotoShown> photos, int photosNotKept) {

	SoKet {
		statedTotals = List.copyOf(statedTotals);
		difficulties = List.copyOf(difficulties);
		assessment = List.copyOf(assessment);
		commendations = List.copyOf(commendations);
		photos = List.copyOf(photos);
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
