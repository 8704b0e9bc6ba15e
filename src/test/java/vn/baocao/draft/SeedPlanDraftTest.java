package vn.baocao.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.DocumentSettings;
import vn.baocao.campaign.Hamlet;
import vn.baocao.campaign.Organisation;
import vn.baocao.campaign.Supervisor;
import vn.baocao.system.CheckConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed plan drafted and compared with the shipped {@code config/campaign.yml}, which
 * was written from the same plan by hand: the draft nearly reproduces it, and every
 * difference is listed and explained here.
 */
class SeedPlanDraftTest {

	private static Drafting.Result draft;

	private static Campaign drafted;

	private static Campaign shipped;

	@BeforeAll
	static void draftTheSeed() {
		draft = Drafting.draft(Drafting.SEED);
		drafted = draft.campaign();
		shipped = CampaignLoader.load(Drafting.SHIPPED);
	}

	@Test
	void aDraftIsWrittenAndExitsZero() {
		assertThat(draft.exit()).isZero();
		assertThat(draft.stdout())
			.startsWith("# Bản nháp tệp đợt công tác, lập từ kế hoạch ke-hoach-dan-van-dot-II-2024.txt");
		assertThat(draft.stderr()).last()
			.isEqualTo(
					"Đã ghi bản nháp ra đầu ra chuẩn: 8 ấp, 3 chỗ cần xem lại (TODO). Kiểm tra tiếp bằng --check-config.");
	}

	@Test
	void theHamletsAreTheEightLinesOfSectionTwoWithTheShippedCodesAndNames() {
		assertThat(drafted.hamlets()).extracting(Hamlet::code)
			.containsExactly("cau", "trai-bi", "san-bay", "moi", "bau-dung", "go-cat", "dong-dai", "xom-thap")
			.isEqualTo(shipped.hamlets().stream().map(Hamlet::code).toList());
		// "- Ấp ấp Sân Bay:" is the plan's slip: the name is Ấp Sân Bay.
		assertThat(drafted.hamlets()).extracting(Hamlet::name)
			.isEqualTo(shipped.hamlets().stream().map(Hamlet::name).toList())
			.contains("Ấp Sân Bay");
	}

	@Test
	void everyTargetThePlanStatesPerHamletIsTheShippedOne() {
		for (Hamlet hamlet : shipped.hamlets()) {
			assertThat(drafted.hamlet(hamlet.code()).orElseThrow().targets()).as(hamlet.name())
				.isEqualTo(hamlet.targets());
		}
		// Ấp Cầu: 3.000 m Lộ kiểm (phát quang) + 500 m Quốc lộ 22B (dọn rác), and the two
		// sources of its figures quoted one by one.
		assertThat(drafted.hamlet("cau").orElseThrow().targets()).containsEntry("cleared_m", new BigDecimal("3500"))
			.containsEntry("money_vnd", new BigDecimal("90000000"));
		assertThat(draft.stdout()).contains("""
				      # dòng 93: "Phát quang và dọn hành lan tuyến đường Lộ kiểm dài 3.000m"
				      # dòng 93: "Dọn rác tuyến đường Quốc lộ 22B dài 500m"
				      cleared_m: 3500   # cộng các số trên
				""");
	}

	@Test
	void theSupervisorsOfSectionVAreTheShippedOnes() {
		for (Hamlet hamlet : shipped.hamlets()) {
			assertThat(names(drafted.hamlet(hamlet.code()).orElseThrow())).as(hamlet.name())
				.isEqualTo(names(hamlet))
				.hasSize(1);
		}
		// "Phụ trách xã ấp Cầu" is the plan's slip for "phụ trách ấp Cầu".
		assertThat(draft.stdout()).contains("# dòng 183: \"Phụ trách xã ấp Cầu\"");
	}

	@Test
	void theDaysTheWindowAndTheTimesAroundItAreTheShippedOnes() {
		assertThat(drafted.schedule()).isEqualTo(shipped.schedule());
		assertThat(draft.stdout()).contains(
				"# dòng 221: \"- Thời gian phối hợp liên ngành làm công tác dân vận 15 ngày (từ ngày 10/12 - 24/12/2024)\"")
			.contains("window: { opens: \"13:30\", closes: \"15:00\" }");
	}

	@Test
	void theStatedTotalsAreTheShippedOnesWithTheirSentences() {
		assertThat(drafted.statedTotals()).isEqualTo(shipped.statedTotals());
		assertThat(draft.stdout()).contains("""
				  # dòng 91: "Vận động nhân dân phát quang, dọn vệ sịnh 9 tuyến đường/8.900m"
				  cleared_m: 8900
				""");
	}

	@Test
	void theReportTemplateAndTheRatioAreTheShippedOnes() throws IOException {
		assertThat(drafted.report()).isEqualTo(shipped.report());
		assertThat(drafted.ratio()).isEqualTo(shipped.ratio());
		String config = Files.readString(Drafting.SHIPPED);
		String block = config.substring(config.indexOf("\nreport:") + 1, config.indexOf("\n# IV.2"));
		String resource = new String(ReportSection.class.getResourceAsStream("report-template.yml").readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(resource.strip()).as("the drafter's template is config/campaign.yml's").isEqualTo(block.strip());
	}

	/**
	 * Everything the loader reads, drafted and shipped side by side; the keys where they
	 * differ must be exactly the ones explained here. Organisations are compared by their
	 * place in the list (the draft keeps the plan's order, as the shipped file does).
	 */
	@Test
	void theOnlyDifferencesFromTheShippedCampaignAreExplained() {
		Map<String, String> explained = new TreeMap<>();
		explained.put("hamlets.cau.leads",
				"config/campaign.yml pre-assigns the local user u1 to Ấp Cầu for the README's curl demo; "
						+ "the plan names no hamlet lead, so the draft assigns none (/phancong does it at run time)");
		explained.put("organisations.13.leads", "the same for the health station and the local user o1");
		// Codes: the shipped file's were chosen by hand (one word, no hyphen); the draft
		// makes them from the name without diacritics, initials from four words up as the
		// genre abbreviates. Three come out the same: bchqs, vhtt, ldtbxh.
		Map<String, String> codes = new LinkedHashMap<>();
		codes.put("congan", "cong-an");
		codes.put("tuyengiao", "tgdu");
		codes.put("mttq", "ubmttqvn");
		codes.put("ccb", "hccb");
		codes.put("phunu", "hlhpn");
		codes.put("nongdan", "hoi-nong-dan");
		codes.put("congdoan", "cdcs");
		codes.put("chuthapdo", "hctd");
		codes.put("xadoan", "xa-doan");
		codes.put("truonghoc", "truong-hoc");
		codes.put("tramyte", "tram-y-te");
		codes.put("tuphap", "tu-phap");
		codes.put("ttvhtt", "ttvhttdtt");
		for (int i = 0; i < shipped.organisations().size(); i++) {
			String code = shipped.organisations().get(i).code();
			if (codes.containsKey(code)) {
				explained.put("organisations." + (i + 1) + ".code",
						"hand-chosen " + code + ", drafted " + codes.get(code) + " from the name");
				assertThat(drafted.organisations().get(i).code()).isEqualTo(codes.get(code));
			}
			// Supervisors: the draft gives every unit the member of section V who "theo
			// dõi và chỉ đạo các ngành" (V.A.3 Huỳnh Thanh Thía), as the shipped file
			// does
			// for the state bodies; for the Front, the associations and the Party's
			// propaganda section the shipped file reasons further (the Front's chairman,
			// the committee's head), and it names the health station's member with a
			// local
			// account for the README demo.
			Organisation unit = shipped.organisations().get(i);
			if (!unit.supervisors().equals(List.of(new Supervisor("Huỳnh Thanh Thía", Map.of())))) {
				explained.put("organisations." + (i + 1) + ".supervisors",
						"shipped " + unit.supervisors() + " by reasoning beyond the plan's words");
			}
		}
		explained.put("organisations.4.name", "the plan writes \"Ủy ban Mặt trận Tổ quốc Việt Nam xã\" in full, "
				+ "the shipped file abbreviates it \"Ủy ban MTTQ Việt Nam xã\"");
		Map<String, String> draftedFacts = facts(drafted);
		Map<String, String> shippedFacts = facts(shipped);
		TreeSet<String> differing = new TreeSet<>(draftedFacts.keySet());
		differing.addAll(shippedFacts.keySet());
		differing.removeIf(key -> String.valueOf(draftedFacts.get(key)).equals(String.valueOf(shippedFacts.get(key))));
		assertThat(differing).containsExactlyElementsOf(explained.keySet());
		assertThat(shippedFacts.get("hamlets.cau.leads")).isEqualTo("{LOCAL=[u1]}");
		assertThat(draftedFacts.get("hamlets.cau.leads")).isEqualTo("{}");
		assertThat(drafted.organisations()).allSatisfy(
				o -> assertThat(o.supervisors()).extracting(Supervisor::name).containsExactly("Huỳnh Thanh Thía"));
		assertThat(explained.keySet().stream().filter(k -> k.endsWith(".supervisors"))).hasSize(9);
		// so he is no longer among the members "who oversee no hamlet" of the committee's
		// comment
		String committee = draft.stdout().substring(0, draft.stdout().indexOf("\nadmins:"));
		assertThat(committee).contains("# dòng 175: \"2- Đồng chí Đỗ Ngọc Sơn\"").doesNotContain("Huỳnh Thanh Thía");
		assertThat(draftedFacts.get("organisations.4.name")).isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam xã");
		// the same units in the same order with the same templates: only the above differ
		assertThat(drafted.organisations()).extracting(Organisation::template)
			.isEqualTo(shipped.organisations().stream().map(Organisation::template).toList());
	}

	/**
	 * The units of sections III and IV, each under the words it was read from; "Lực lượng
	 * 8/8 ấp" (the hamlets' own forces) is not one, and "Công chức" is the post, not the
	 * unit.
	 */
	@Test
	void theOrganisationsAreTheUnitsOfSectionsThreeAndFourWithTheirTemplates() {
		assertThat(drafted.organisations()).hasSize(16)
			.extracting(Organisation::name)
			.doesNotContain("Lực lượng 8/8 ấp")
			.contains("Lao động - Thương binh và Xã hội");
		assertThat(drafted.organisations()
			.stream()
			.filter(o -> o.code().equals("tram-y-te"))
			.findFirst()
			.orElseThrow()
			.template()).isEqualTo("yte");
		assertThat(draft.stdout()).contains("""
				  - code: bchqs
				    # dòng 119: "Ban Chỉ huy Quân sự xã"
				    name: "Ban Chỉ huy Quân sự xã"
				    template: llvt   # tên có ‘quan su’
				""").contains("    # dòng 155: \"Công chức Lao động - Thương binh và Xã hội\"");
	}

	@Test
	void organisationCodesAreUniqueAlsoAgainstTheHamlets() {
		java.util.Set<String> taken = new java.util.HashSet<>(List.of("cong-an", "moi"));
		assertThat(OrganisationReader.code("Công an xã", taken)).isEqualTo("cong-an-2");
		assertThat(OrganisationReader.code("Hội Người cao tuổi xã", taken)).isEqualTo("hnct");
		assertThat(OrganisationReader.code("Mới", taken)).isEqualTo("moi-2");
	}

	/**
	 * The draft's copy of the shipped organisation templates is config/campaign.yml's,
	 * byte for byte: if the shipped file changes, this fails until the copy follows.
	 */
	@Test
	void theDraftsOrganisationTemplatesAreTheShippedOnes() throws IOException {
		assertThat(drafted.templates()).isEqualTo(shipped.templates());
		String config = Files.readString(Drafting.SHIPPED);
		String block = config.substring(config.indexOf("\nreport-templates:") + 1, config.indexOf("\nreport:"));
		String resource = new String(TemplatesSection.class.getResourceAsStream("report-templates.yml").readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(resource.strip()).as("the drafter's templates are config/campaign.yml's").isEqualTo(block.strip());
		assertThat(draft.stdout()).contains(block.strip());
		assertThat(OrganisationTemplates.templates()).allSatisfy(t -> assertThat(shipped.templates()).containsKey(t));
	}

	/**
	 * What the drafter could not read: the three places where the seed's own numbers are
	 * doubtful (the houses' value "1,08 triệu" has no field, the 46 triệu mixes money
	 * with soil and stone, 25 × 500.000 đ is not 10.500.000 đ), each at its place and on
	 * stderr.
	 */
	@Test
	void whatItCannotReadIsATodoInTheDraftAndALineOnStandardError() {
		List<String> todos = draft.stderr().subList(0, draft.stderr().size() - 1);
		assertThat(todos).hasSize(3);
		assertThat(todos.get(0)).startsWith("TODO dòng 109: không rõ số 1,08 triệu đồng là chỉ tiêu của việc nào");
		assertThat(todos.get(1)).startsWith("TODO dòng 111: số 46 triệu đồng gộp cả tiền và vật tư");
		assertThat(todos.get(2)).isEqualTo(
				"TODO dòng 113: 25 phần × 500 000đ là 12.500.000 đ, nhưng kế hoạch ghi 10.500 000đ: kiểm tra lại số nào đúng: "
						+ "\"25 phần quà, mỗi phần 500 000đ, trị giá 10.500 000đ\"");
		assertThat(draft.todoComments()).containsExactlyElementsOf(todos.stream().map(t -> "# " + t).toList());
		String totals = draft.stdout().substring(draft.stdout().indexOf("\nstated-totals:"));
		assertThat(totals).contains("  # TODO dòng 113: 25 phần × 500 000đ");
	}

	/**
	 * The {@code document} section read by the real campaign loader: the plan's own
	 * layout (party form, its two issuer lines, its signer's three title lines, its
	 * recipients) and the number's symbol made a report's ("Số -KH/BCĐ" → "-BC/BCĐ"),
	 * each value under the line it came from.
	 */
	@Test
	void theDocumentSectionIsThePlansLayoutAndLoads() {
		DocumentSettings document = drafted.document();
		assertThat(document.form()).isEqualTo(DocumentSettings.Form.PARTY);
		assertThat(document.issuer()).containsExactly("ĐẢNG UỶ XÃ TÂN PHONG",
				"BAN CHỈ ĐẠO QUY CHẾ DÂN CHỦ CƠ SỞ VÀ CÔNG TÁC VẬN ĐỘNG QUẦN CHÚNG");
		assertThat(document.superior()).isNull();
		assertThat(document.number()).isEqualTo("-BC/BCĐ");
		assertThat(document.place()).isEqualTo("Tân Phong");
		assertThat(document.signer()).isEqualTo(new DocumentSettings.Signer("",
				List.of("PHÓ BÍ THƯ ĐẢNG ỦY", "kiêm", "TRƯỞNG BAN CHỈ ĐẠO"), "Trương Thị Kim Xanh"));
		assertThat(document.recipients()).containsExactly("Ban Dân vận Huyện ủy", "Ban Chỉ đạo huyện", "BCHQS huyện",
				"MTTQ và các tổ chức chính trị - xã hội xã", "Thành viên BCĐ xã", "Các ấp", "Lưu Ban Chỉ đạo");
		assertThat(document.commendation()).isEqualTo(new DocumentSettings.CommendationRule(true, true));
		assertThat(document).as("the shipped file's, written by hand from the same plan").isEqualTo(shipped.document());
		assertThat(draft.stdout()).contains("""
				document:
				  # dòng 9: "ĐẢNG CỘNG SẢN VIỆT NAM"
				  form: party
				""")
			// Word's non-breaking spaces between "Số" and the symbol, quoted as they are
			.contains(
					"  # dòng 19: \"Số\u00A0\u00A0\u00A0\u00A0\u00A0 -KH/BCĐ\"\n  number: \"-BC/BCĐ\"   # số báo cáo: bỏ số thứ tự")
			.contains("""
					    # dòng 273: "Trương Thị Kim Xanh"
					    name: "Trương Thị Kim Xanh"
					""")
			.contains("  # dòng 241: \"xét đề nghị khen thưởng\"");
	}

	@Test
	void checkConfigOnTheDraftShowsThePlanLintFindingsOfTheShippedFile(@TempDir Path dir) throws IOException {
		Path file = Drafting.write(dir, "draft.yml", draft.stdout());
		String onDraft = checkConfig(file);
		String onShipped = checkConfig(Drafting.SHIPPED);
		assertThat(findings(onDraft)).isEqualTo(findings(onShipped))
			.contains("DISAGREEMENT cleared_m (Phát quang, dọn vệ sinh đường): stated total 8.900 m, "
					+ "hamlets' targets add up to 9.900 m (difference 1.000 m)")
			.anyMatch(l -> l.startsWith("DISAGREEMENT lighting_m"));
		// totals the plan states for the commune only are the commune's targets, not
		// findings
		assertThat(onDraft).endsWith("2 finding(s)\n");
	}

	@Test
	void theOutFileGetsTheSameDraft(@TempDir Path dir) throws IOException {
		Path out = dir.resolve("new/campaign.yml");
		Drafting.Result result = Drafting
			.run(List.of(DraftCampaign.FLAG, Drafting.SEED.toString(), "--out", out.toString()));
		assertThat(result.exit()).isZero();
		assertThat(result.stdout()).isEmpty();
		assertThat(Files.readString(out)).isEqualTo(draft.stdout());
		assertThat(result.stderr()).last().asString().startsWith("Đã ghi bản nháp ra " + out + ": 8 ấp, 3 chỗ");
	}

	private static List<String> findings(String checkOutput) {
		return checkOutput.lines().filter(l -> l.startsWith("DISAGREEMENT") || l.startsWith("NO SUPERVISOR")).toList();
	}

	private static String checkConfig(Path file) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = CheckConfig.run(List.of(CheckConfig.FLAG, file.toString()),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static List<String> names(Hamlet hamlet) {
		return hamlet.supervisors().stream().map(Supervisor::name).toList();
	}

	/** The campaign as flat key → value pairs, every part the loader reads. */
	static Map<String, String> facts(Campaign c) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("campaign.id", c.id());
		facts.put("campaign.name", c.name());
		facts.put("campaign.schedule", c.schedule().toString());
		facts.put("campaign.summary-files", String.valueOf(c.summaryFiles()));
		facts.put("committee", c.committee().toString());
		for (Channel channel : Channel.values()) {
			facts.put("admins." + channel, c.admins().on(channel).toString());
		}
		facts.put("notifications", c.notifications().toString());
		facts.put("hamlets", c.hamlets().stream().map(Hamlet::code).toList().toString());
		for (Hamlet h : c.hamlets()) {
			facts.put("hamlets." + h.code() + ".name", h.name());
			facts.put("hamlets." + h.code() + ".targets", new TreeMap<>(h.targets()).toString());
			facts.put("hamlets." + h.code() + ".leads", new TreeMap<>(h.leads().ids()).toString());
			facts.put("hamlets." + h.code() + ".supervisors", h.supervisors().toString());
		}
		facts.put("report", c.report().toString());
		facts.put("ratio", String.valueOf(c.ratio()));
		facts.put("stated-totals", new TreeMap<>(c.statedTotals()).toString());
		facts.put("document", c.document().toString());
		facts.put("report-templates", c.templates().toString());
		facts.put("review", String.valueOf(c.review()));
		facts.put("organisations", String.valueOf(c.organisations().size()));
		for (int i = 0; i < c.organisations().size(); i++) {
			Organisation o = c.organisations().get(i);
			String at = "organisations." + (i + 1) + ".";
			facts.put(at + "code", o.code());
			facts.put(at + "name", o.name());
			facts.put(at + "template", o.template());
			facts.put(at + "targets", new TreeMap<>(o.targets()).toString());
			facts.put(at + "leads", new TreeMap<>(o.leads().ids()).toString());
			facts.put(at + "supervisors", o.supervisors().toString());
		}
		return facts;
	}

}
