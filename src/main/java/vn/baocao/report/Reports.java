package vn.baocao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored daily reports of the running campaign. */
public interface Reports {

	Optional<DailyReport> find(String hamletCode, LocalDate day);

	/** Appends a revision (number = previous + 1) and returns the report as stored. */
	DailyReport addRevision(String hamletCode, LocalDate day, Revision revision);

	List<DailyReport> forDay(LocalDate day);

	List<DailyReport> between(LocalDate firstDay, LocalDate lastDay);

}
