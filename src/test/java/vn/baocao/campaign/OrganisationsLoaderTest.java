package vn.baocao.campaign;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * report-templates, organisations and review in the campaign file, and the plan lint over
 * both kinds.
 */
class OrganisationsLoaderTest {

	static final String WITH_ORGANISATIONS = CampaignLoaderTest.VALID + """
			report-templates:
			  health:
			    fields:
			      - { key: examined, label: "Số người được khám bệnh", type: count, unit: "người", required: true }
			      - { key: gifts, label: "Số phần quà", type: count, unit: "phần" }
			organisations:
			  - code: tramyte
			    name: "Trạm y tế xã"
			    template: health
			    targets: { examined: 300 }
			    leads: { telegram: [123], local: ["o1"] }
			    supervisors: [ { name: "Võ Thị Ánh Hồng", local: "hong" } ]
			  - code: phunu
			    name: "Hội Liên hiệp Phụ nữ xã"
			""";

	@Test
	void organisationsStandBesideTheHamletsWithTheirOwnTemplates() {
		Campaign campaign = CampaignLoaderTest.parse(WITH_ORGANISATIONS);

		assertThat(campaign.units()).extracting(Unit::code).containsExactly("cau", "tramyte", "phunu");
		assertThat(campaign.units()).extracting(Unit::kind)
			.containsExactly(UnitKind.HAMLET, UnitKind.ORGANISATION, UnitKind.ORGANISATION);
		Unit station = campaign.unit("tramyte").orElseThrow();
		assertThat(station.template()).isEqualTo("health");
		assertThat(station.targets().get("examined")).isEqualByComparingTo("300");
		assertThat(station.leads().on(Channel.LOCAL)).containsExactly("o1");
		assertThat(station.supervisors()).extracting(Supervisor::name).containsExactly("Võ Thị Ánh Hồng");
		assertThat(campaign.templateOf(station).fields()).extracting(FieldDef::key)
			.containsExactly("examined", "gifts");
		assertThat(campaign.templateOf("phunu")).isSameAs(campaign.report());
		assertThat(campaign.templateOf("cau")).isSameAs(campaign.report());
		assertThat(campaign.hamlet("tramyte")).isEmpty();
		assertThat(campaign.review()).isTrue();
		assertThat(campaign.numericFields()).extracting(FieldDef::key)
			.containsExactly("residents", "cleared_m", "examined", "gifts");
	}

	@Test
	void reviewIsOnUnlessTheFileSaysOff() {
		assertThat(CampaignLoaderTest.parse(CampaignLoaderTest.VALID + "review: off\n").review()).isFalse();
		assertThat(CampaignLoaderTest.parse(CampaignLoaderTest.VALID + "review: on\n").review()).isTrue();
		assertThat(CampaignLoaderTest.parse(CampaignLoaderTest.VALID + "review: \"off\"\n").review()).isFalse();
		assertThatThrownBy(() -> CampaignLoaderTest.parse(CampaignLoaderTest.VALID + "review: sometimes\n"))
			.hasMessage("campaign.yml: review: expected on or off, got 'sometimes'");
	}

	@Test
	void aUnitNamingAMissingTemplateFailsWithTheFileTheFieldAndTheChoices() {
		String yaml = WITH_ORGANISATIONS.replace("template: health", "template: healht");
		assertThatThrownBy(() -> CampaignLoaderTest.parse(yaml)).isInstanceOf(CampaignFileException.class)
			.hasMessage("campaign.yml: organisations[0].template: no report template 'healht' (choices: report, "
					+ "health; add it under report-templates)");
	}

	@Test
	void codesAreUniqueAcrossHamletsAndOrganisations() {
		String yaml = WITH_ORGANISATIONS.replace("code: phunu", "code: cau");
		assertThatThrownBy(() -> CampaignLoaderTest.parse(yaml))
			.hasMessageStartingWith("campaign.yml: organisations[1].code: duplicate unit code 'cau'");
	}

	@Test
	void anOrganisationsTargetsAreFieldsOfItsOwnTemplate() {
		String yaml = WITH_ORGANISATIONS.replace("targets: { examined: 300 }", "targets: { cleared_m: 300 }");
		assertThatThrownBy(() -> CampaignLoaderTest.parse(yaml))
			.hasMessage("campaign.yml: organisations[0].targets.cleared_m: no report field 'cleared_m' (fields: "
					+ "examined, gifts)");
	}

	@Test
	void aTemplateIsCheckedLikeTheReport() {
		String yaml = WITH_ORGANISATIONS.replace("type: count, unit: \"người\"", "type: counter, unit: \"người\"");
		assertThatThrownBy(() -> CampaignLoaderTest.parse(yaml))
			.hasMessageStartingWith("campaign.yml: report-templates.health.fields[0].type: expected one of count");
		String reserved = WITH_ORGANISATIONS.replace("  health:\n", "  report:\n");
		assertThatThrownBy(() -> CampaignLoaderTest.parse(reserved))
			.hasMessageStartingWith("campaign.yml: report-templates.report: 'report' is the default template");
	}

	@Test
	void statedTotalsMayNameAnyTemplatesFieldAndAreTheCommunesTargetWhereNoUnitHasOne() {
		Campaign campaign = CampaignLoaderTest
			.parse(WITH_ORGANISATIONS + "stated-totals: { gifts: 25, examined: 250, cleared_m: 3500 }\n");
		assertThat(PlanLint.targetTotals(campaign)).containsEntry("gifts", BigDecimal.valueOf(25))
			.containsEntry("examined", BigDecimal.valueOf(300))
			.containsEntry("cleared_m", BigDecimal.valueOf(3500));
		assertThat(PlanLint.disagreements(campaign)).extracting(PlanLint.Disagreement::field)
			.containsExactly("examined");
		assertThat(PlanLint.withoutSupervisor(campaign)).extracting(Unit::code).containsExactly("cau", "phunu");
	}

	@Test
	void theSeedCampaignHasTheOrganisationsOfTheCommuneWithTemplatesFittingTheirDuties() {
		Campaign seed = CampaignLoader.load(Path.of("config/campaign.yml"));
		assertThat(seed.organisations()).hasSize(16);
		assertThat(seed.organisations()).extracting(Organisation::code)
			.contains("bchqs", "congan", "mttq", "ccb", "phunu", "nongdan", "congdoan", "chuthapdo", "xadoan",
					"truonghoc", "tramyte", "vhtt", "tuphap", "ldtbxh");
		assertThat(seed.templateOf("tramyte").fields()).extracting(FieldDef::key)
			.contains("medical_checkups", "medicine_given");
		assertThat(seed.templateOf("chuthapdo").fields()).extracting(FieldDef::key)
			.contains("medical_checkups", "gifts", "gifts_value_vnd");
		assertThat(seed.templateOf("xadoan").fields()).extracting(FieldDef::key).contains("volunteers");
		assertThat(seed.templateOf("tuyengiao").fields()).extracting(FieldDef::key)
			.contains("propaganda_sessions", "propaganda_attendees");
		assertThat(seed.review()).isTrue();
		assertThat(PlanLint.withoutSupervisor(seed)).isEmpty();
		List<String> templates = seed.organisations().stream().map(Organisation::template).distinct().toList();
		assertThat(seed.templates().keySet()).containsExactlyInAnyOrderElementsOf(templates);
	}

}
