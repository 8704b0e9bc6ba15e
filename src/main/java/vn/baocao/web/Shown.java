package vn.baocao.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.report.Value;
import vn.baocao.report.ViNumber;

/** Values, days and times as the pages show them: vi-VN numbers, dd/MM/yyyy, HH:mm. */
@PerCampaign
@Component
class Shown {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final CampaignCalendar calendar;

	private final WebTexts texts;

	Shown(CampaignCalendar calendar, WebTexts texts) {
		this.calendar = calendar;
		this.texts = texts;
	}

	String day(LocalDate day) {
		return day.format(DAY);
	}

	String time(Instant instant) {
		return calendar.local(instant).format(TIME);
	}

	String dayTime(Instant instant) {
		return calendar.local(instant).format(DAY_TIME);
	}

	String number(BigDecimal amount, FieldDef field) {
		return ViNumber.format(amount, field.unit());
	}

	String value(FieldDef field, Value value) {
		if (value instanceof Value.Number number) {
			return ViNumber.format(number.amount(), field.unit());
		}
		if (value instanceof Value.Text text) {
			return text.text().strip();
		}
		if (value instanceof Value.YesNo yesNo) {
			return texts.get(yesNo.yes() ? "value.yes" : "value.no");
		}
		if (value instanceof Value.Choice choice) {
			return choice.option();
		}
		return texts.get("value.photos", ((Value.Photos) value).refs().size());
	}

}
