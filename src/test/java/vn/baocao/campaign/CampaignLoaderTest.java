package vn.baocao.campaign;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignLoaderTest {

	static final String VALID = """
			campaign:
			  id: t
			  name: "Thử"
			  start-date: 2024-12-10
			  end-date: 2024-12-24
			  window: { opens: "13:30", closes: "15:00" }
			  reminders: ["14:30", "13:00"]
			  summary-at: "15:05"
			hamlets:
			  - code: cau
			    name: "Ấp Cầu"
			    targets: { cleared_m: 3500 }
			    leads: { telegram: [123456789], local: ["u1"] }
			report:
			  fields:
			    - key: residents
			      label: "Số người dân tham gia"
			      type: count
			      unit: "người"
			      required: true
			    - key: cleared_m
			      label: "Phát quang"
			      type: quantity
			      unit: "m"
			      section: roads
			  sections:
			    - key: roads
			      ask: "Có làm đường không?"
			""";

	static Campaign parse(String yaml) {
		return CampaignLoader.parse("campaign.yml", new StringReader(yaml));
	}

	@Test
	void theShippedSeedCampaignLoadsWithEveryHamletAndTarget() {
		Campaign campaign = CampaignLoader.load(Path.of("config/campaign.yml"));
		assertThat(campaign.id()).isEqualTo("danvan-2024-dot2");
		assertThat(campaign.hamlets()).hasSize(8);
		assertThat(campaign.hamlet("cau").orElseThrow().targets().get("cleared_m")).isEqualByComparingTo("3500");
		assertThat(campaign.hamlet("xom-thap").orElseThrow().targets()).containsKeys("lighting_m", "patched_m");
		assertThat(campaign.schedule().startDate()).isEqualTo(LocalDate.of(2024, 12, 10));
		assertThat(campaign.schedule().endDate()).isEqualTo(LocalDate.of(2024, 12, 24));
		assertThat(campaign.schedule().opens()).isEqualTo(LocalTime.of(13, 30));
		assertThat(campaign.schedule().closes()).isEqualTo(LocalTime.of(15, 0));
		assertThat(campaign.schedule().summaryAt()).isEqualTo(LocalTime.of(15, 5));
		assertThat(campaign.ratioCheck()).hasValueSatisfying(r -> {
			assertThat(r.left()).isEqualTo("residents");
			assertThat(r.rightPart()).isEqualTo(3);
		});
		assertThat(campaign.hamlets()).allSatisfy(h -> assertThat(h.supervisors()).isNotEmpty());
		assertThat(campaign.report().sectionMenu()).isTrue();
	}

	@Test
	void readsEveryPartOfAValidFile() {
		Campaign campaign = parse(VALID);
		assertThat(campaign.schedule().zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
		assertThat(campaign.schedule().reminders()).containsExactly(LocalTime.of(13, 0), LocalTime.of(14, 30));
		assertThat(campaign.schedule().lateUntil()).isEqualTo(LocalTime.of(23, 59));
		Hamlet cau = campaign.hamlet("cau").orElseThrow();
		assertThat(cau.leads().on(Channel.TELEGRAM)).containsExactly("123456789");
		assertThat(cau.leads().on(Channel.LOCAL)).containsExactly("u1");
		assertThat(campaign.report().field("cleared_m").orElseThrow().required()).isFalse();
		assertThat(campaign.report().field("residents").orElseThrow().required()).isTrue();
		assertThat(campaign.statedTotals()).isEmpty();
		assertThat(campaign.report().field("residents").orElseThrow().textLimit()).isEqualTo(1000);
	}

	@Test
	void unquotedTimesAreReadAsTimesNotAsBaseSixtyNumbers() {
		Campaign campaign = parse(VALID.replace("opens: \"13:30\"", "opens: 13:30"));
		assertThat(campaign.schedule().opens()).isEqualTo(LocalTime.of(13, 30));
	}

	@Test
	void aTargetForAFieldThatDoesNotExistNamesTheFieldPathAndTheFields() {
		assertThatThrownBy(() -> parse(VALID.replace("targets: { cleared_m: 3500 }", "targets: { cleard_m: 3500 }")))
			.isInstanceOf(CampaignFileException.class)
			.hasMessage(
					"campaign.yml: hamlets[0].targets.cleard_m: no report field 'cleard_m' (fields: residents, cleared_m)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"closes: \"15:00\"|closes: \"12:00\"|campaign.window.closes: must be after opens 13:30",
			"end-date: 2024-12-24|end-date: 2024-12-01|campaign.end-date: must not be before start-date 2024-12-10",
			"reminders: [\"14:30\", \"13:00\"]|reminders: [\"15:30\"]|campaign.reminders[0]: a reminder must be before the window closes (15:00)",
			"summary-at: \"15:05\"|summary-at: \"14:00\"|campaign.summary-at: the summary must not be before the window closes (15:00)",
			"code: cau|code: Ấp Cầu|hamlets[0].code: expected lower-case letters, digits and '-' (used in commands), got 'Ấp Cầu'",
			"type: quantity|type: metres|report.fields[1].type: expected one of count, quantity, money, text, yesno, choice, photos; got 'metres'",
			"section: roads|section: road|report.fields[1].section: no section 'road' under report.sections (sections: roads)",
			"opens: \"13:30\"|opens: \"1h30\"|campaign.window.opens: expected a time as HH:mm or HH:mm:ss, got '1h30'",
			"name: \"Thử\"|nam: \"Thử\"|campaign.nam: unknown field (allowed: ",
			"start-date: 2024-12-10|start-date: 10/12/2024|campaign.start-date: expected a date as yyyy-MM-dd, got '10/12/2024'", })
	void eachMistakeIsReportedWithItsPathAndWhatWasExpected(String from, String to, String message) {
		assertThatThrownBy(() -> parse(VALID.replace(from, to))).isInstanceOf(CampaignFileException.class)
			.hasMessageContaining("campaign.yml: " + message);
	}

	@Test
	void aMissingFileSaysWhereToPointTheSetting() {
		assertThatThrownBy(() -> CampaignLoader.load(Path.of("does/not/exist.yml")))
			.hasMessageContaining("does/not/exist.yml: file not found")
			.hasMessageContaining("BAOCAO_CAMPAIGN_FILE");
	}

	@Test
	void brokenYamlIsReportedAsSuch() {
		assertThatThrownBy(() -> parse("campaign: [unclosed")).hasMessageStartingWith("campaign.yml: not valid YAML");
	}

	@Test
	void negativeTargetsAreRefused() {
		assertThatThrownBy(() -> parse(VALID.replace("cleared_m: 3500", "cleared_m: -1")))
			.hasMessage("campaign.yml: hamlets[0].targets.cleared_m: must not be negative");
	}

	@Test
	void statedTotalsAreCheckedAgainstTheFields() {
		Campaign campaign = parse(VALID + "stated-totals:\n  cleared_m: 8900\n");
		assertThat(campaign.statedTotals()).containsEntry("cleared_m", new BigDecimal("8900"));
	}

	@Test
	void theSupervisorDigestIsOnUnlessTheFileSwitchesItOff() {
		assertThat(parse(VALID).notifications().supervisorDigest()).isTrue();
		assertThat(parse(VALID + "notifications: { supervisor-digest: true }\n").notifications().supervisorDigest())
			.isTrue();
		assertThat(parse(VALID + "notifications:\n  supervisor-digest: false\n").notifications().supervisorDigest())
			.isFalse();
		assertThat(parse(VALID + "notifications: {}\n").notifications().supervisorDigest()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"notifications: { supervisor-digest: maybe }|notifications.supervisor-digest: expected true or false, got 'maybe'",
			"notifications: { supervisors-digest: true }|notifications.supervisors-digest: unknown field (allowed: supervisor-digest)",
			"notifications: true|notifications: expected a mapping of keys to values" })
	void aBadNotificationsSectionIsReportedWithItsPath(String section, String message) {
		assertThatThrownBy(() -> parse(VALID + section + "\n")).isInstanceOf(CampaignFileException.class)
			.hasMessage("campaign.yml: " + message);
	}

	@Test
	void supervisorsAreReadWithTheirChatIdsAndPlaceholdersLeftOut() {
		Campaign campaign = parse(VALID.replace("    leads: { telegram: [123456789], local: [\"u1\"] }\n", """
				    leads: { telegram: [123456789], local: ["u1"] }
				    supervisors:
				      - { name: "Ngô Huỳnh Gấm", telegram: 223456789, zalo: "...", local: "gam" }
				      - { name: "Trần Hòa Tuẩn" }
				"""));
		assertThat(campaign.hamlet("cau").orElseThrow().supervisors()).containsExactly(
				new Supervisor("Ngô Huỳnh Gấm", Map.of(Channel.TELEGRAM, "223456789", Channel.LOCAL, "gam")),
				new Supervisor("Trần Hòa Tuẩn", Map.of()));
	}

	@Test
	void twoSupervisorsOfAHamletMayNotShareAName() {
		String twice = VALID.replace("    leads: { telegram: [123456789], local: [\"u1\"] }\n", """
				    leads: { telegram: [123456789], local: ["u1"] }
				    supervisors:
				      - { name: "Ngô Huỳnh Gấm", local: "gam" }
				      - { name: "Ngô Huỳnh Gấm", zalo: "z1" }
				""");
		assertThatThrownBy(() -> parse(twice)).hasMessage(
				"campaign.yml: hamlets[0].supervisors[1].name: duplicate supervisor 'Ngô Huỳnh Gấm' in this hamlet");
	}

}
