package vn.baocao.campaign;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates a campaign file. Every rule that would otherwise surface as a
 * confusing runtime fault (a target for a field that does not exist, a reminder after the
 * window closes) is checked here and reported with the file, the field path and the
 * expectation.
 */
public final class CampaignLoader {

	private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("[a-z][a-z0-9_-]*");

	private static final Pattern RATIO = Pattern.compile("\\s*(\\d+)\\s*:\\s*(\\d+)\\s*");

	private CampaignLoader() {
	}

	public static Campaign load(Path file) {
		String name = file.toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(name, reader);
		}
		catch (NoSuchFileException ex) {
			throw new CampaignFileException(name, "", "file not found (set BAOCAO_CAMPAIGN_FILE to a campaign file)");
		}
		catch (IOException ex) {
			throw new CampaignFileException(name, "", "cannot be read as UTF-8 text: " + ex.getMessage());
		}
	}

	public static Campaign parse(String fileName, Reader reader) {
		Object root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (YAMLException ex) {
			throw new CampaignFileException(fileName, "", "not valid YAML: " + firstLine(ex.getMessage()));
		}
		if (root == null) {
			throw new CampaignFileException(fileName, "", "the file is empty");
		}
		YamlNode top = new YamlNode(fileName, "", root);
		top.allowOnly(Set.of("campaign", "committee", "admins", "hamlets", "report", "ratio", "stated-totals",
				"notifications", "report-templates", "organisations", "review", "document"));
		return new Builder(top).build();
	}

	/**
	 * A folder's {@code district.yml}: the district's name, its admins and its committee
	 * chat (the same shapes as a campaign file's {@code admins} and {@code committee}).
	 */
	public static District loadDistrict(Path file) {
		String name = file.toString();
		Object root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException ex) {
			throw new CampaignFileException(name, "", "cannot be read as UTF-8 text: " + ex.getMessage());
		}
		catch (YAMLException ex) {
			throw new CampaignFileException(name, "", "not valid YAML: " + firstLine(ex.getMessage()));
		}
		if (root == null) {
			throw new CampaignFileException(name, "", "the file is empty");
		}
		YamlNode top = new YamlNode(name, "", root);
		top.allowOnly(Set.of("name", "admins", "committee"));
		Builder builder = new Builder(top);
		return new District(top.get("name").optionalText() == null ? "" : top.get("name").optionalText(),
				builder.channelIds(top.get("admins")), builder.committee(top.get("committee")));
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.lines().findFirst().orElse("").trim();
	}

	/**
	 * Holds the parts read so far, so later parts can be checked against earlier ones.
	 */
	private static final class Builder {

		private final YamlNode top;

		Builder(YamlNode top) {
			this.top = top;
		}

		Campaign build() {
			YamlNode c = top.get("campaign");
			if (c.isMissing()) {
				throw c.error("required, but missing");
			}
			c.allowOnly(Set.of("id", "name", "time-zone", "start-date", "end-date", "window", "reminders", "summary-at",
					"late-until", "summary-files"));
			String id = c.get("id").requiredText();
			String name = c.get("name").requiredText();
			Schedule schedule = schedule(c);
			ReportTemplate report = report(top.get("report"));
			Map<String, ReportTemplate> templates = templates(top.get("report-templates"));
			Map<String, ReportTemplate> all = new LinkedHashMap<>();
			all.put(Unit.DEFAULT_TEMPLATE, report);
			all.putAll(templates);
			Set<String> codes = new HashSet<>();
			List<Hamlet> hamlets = hamlets(top.get("hamlets"), report, codes);
			List<Organisation> organisations = organisations(top.get("organisations"), all, codes);
			Ratio ratio = ratio(top.get("ratio"), all);
			Map<String, BigDecimal> stated = numbersByField(top.get("stated-totals"), all);
			boolean summaryFiles = c.get("summary-files").asBoolean(true);
			return new Campaign(id, name, schedule, committee(top.get("committee")), channelIds(top.get("admins")),
					hamlets, report, ratio, stated, notifications(top.get("notifications")), summaryFiles,
					organisations, templates, onOff(top.get("review"), true), document(top.get("document")));
		}

		/**
		 * {@code on}/{@code off} (YAML reads them as booleans),
		 * {@code true}/{@code false}.
		 */
		private boolean onOff(YamlNode node, boolean fallback) {
			if (node.isMissing()) {
				return fallback;
			}
			if (node.isBoolean()) {
				return node.asBoolean(fallback);
			}
			String text = node.requiredText().strip().toLowerCase(Locale.ROOT);
			return switch (text) {
				case "on", "true", "yes" -> true;
				case "off", "false", "no" -> false;
				default -> throw node.error("expected on or off, got '" + text + "'");
			};
		}

		private Map<String, ReportTemplate> templates(YamlNode node) {
			Map<String, ReportTemplate> templates = new LinkedHashMap<>();
			for (String key : node.asMap().keySet()) {
				YamlNode body = node.get(key);
				if (!TEMPLATE_KEY.matcher(key).matches()) {
					throw body.error(
							"expected a template name of lower-case letters, digits, '_' and '-', got '" + key + "'");
				}
				if (Unit.DEFAULT_TEMPLATE.equals(key)) {
					throw body.error("'report' is the default template, written under the top-level report:");
				}
				templates.put(key, report(body));
			}
			return templates;
		}

		private List<Organisation> organisations(YamlNode node, Map<String, ReportTemplate> templates,
				Set<String> codes) {
			List<Organisation> organisations = new ArrayList<>();
			for (YamlNode o : node.asList()) {
				o.allowOnly(Set.of("code", "name", "template", "targets", "leads", "supervisors"));
				String code = unitCode(o.get("code"), codes);
				YamlNode templateNode = o.get("template");
				String template = templateNode.isMissing() ? Unit.DEFAULT_TEMPLATE : templateNode.requiredText();
				if (!templates.containsKey(template)) {
					throw templateNode.error("no report template '" + template + "' (choices: "
							+ String.join(", ", templates.keySet()) + "; add it under report-templates)");
				}
				organisations.add(new Organisation(code, o.get("name").requiredText(), template,
						numbersByField(o.get("targets"), Map.of(template, templates.get(template))),
						channelIds(o.get("leads")), supervisors(o.get("supervisors"))));
			}
			return organisations;
		}

		private String unitCode(YamlNode codeNode, Set<String> codes) {
			String code = codeNode.requiredText();
			if (!CODE.matcher(code).matches()) {
				throw codeNode
					.error("expected lower-case letters, digits and '-' (used in commands), got '" + code + "'");
			}
			if (!codes.add(code)) {
				throw codeNode
					.error("duplicate unit code '" + code + "' (codes are unique across hamlets and organisations)");
			}
			return code;
		}

		/**
		 * The written report's layout; every part optional, with the defaults' values.
		 */
		private DocumentSettings document(YamlNode node) {
			DocumentSettings defaults = DocumentSettings.defaults();
			if (node.isMissing()) {
				return defaults;
			}
			node.allowOnly(
					Set.of("form", "issuer", "superior", "number", "place", "signer", "recipients", "commendation"));
			DocumentSettings.Form form = switch (textOr(node.get("form"), "state")) {
				case "party" -> DocumentSettings.Form.PARTY;
				case "state" -> DocumentSettings.Form.STATE;
				default -> throw node.get("form").error("expected party or state");
			};
			List<String> issuer = linesOr(node.get("issuer"), defaults.issuer());
			String superior = node.get("superior").optionalText();
			YamlNode signerNode = node.get("signer");
			signerNode.allowOnly(Set.of("on-behalf", "title", "name"));
			DocumentSettings.Signer signer = new DocumentSettings.Signer(
					textOr(signerNode.get("on-behalf"), signerNode.isMissing() ? defaults.signer().onBehalf() : ""),
					linesOr(signerNode.get("title"), defaults.signer().title()),
					textOr(signerNode.get("name"), defaults.signer().name()));
			YamlNode rule = node.get("commendation");
			rule.allowOnly(Set.of("all-targets-met", "no-missing-day"));
			DocumentSettings.CommendationRule commendation = new DocumentSettings.CommendationRule(
					rule.get("all-targets-met").asBoolean(true), rule.get("no-missing-day").asBoolean(true));
			return new DocumentSettings(form, issuer, superior == null || superior.isBlank() ? null : superior,
					textOr(node.get("number"), defaults.number()), textOr(node.get("place"), defaults.place()), signer,
					linesOr(node.get("recipients"), defaults.recipients()), commendation);
		}

		private static String textOr(YamlNode node, String fallback) {
			String text = node.optionalText();
			return text == null ? fallback : text.strip();
		}

		/** A string or a list of strings; blank entries dropped. */
		private static List<String> linesOr(YamlNode node, List<String> fallback) {
			if (node.isMissing()) {
				return fallback;
			}
			List<String> lines = node.asStringList().stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
			if (lines.isEmpty()) {
				throw node.error("expected a text or a list of texts");
			}
			return lines;
		}

		private Notifications notifications(YamlNode node) {
			node.allowOnly(Set.of("supervisor-digest"));
			return new Notifications(node.get("supervisor-digest").asBoolean(true));
		}

		private Schedule schedule(YamlNode c) {
			ZoneId zone = zone(c.get("time-zone"));
			var start = c.get("start-date").asDate();
			YamlNode endNode = c.get("end-date");
			var end = endNode.asDate();
			if (end.isBefore(start)) {
				throw endNode.error("must not be before start-date " + start);
			}
			YamlNode window = c.get("window");
			if (window.isMissing()) {
				throw window.error("required, e.g. { opens: \"13:30\", closes: \"15:00\" }");
			}
			window.allowOnly(Set.of("opens", "closes"));
			LocalTime opens = window.get("opens").asTime();
			YamlNode closesNode = window.get("closes");
			LocalTime closes = closesNode.asTime();
			if (!closes.isAfter(opens)) {
				throw closesNode.error("must be after opens " + opens);
			}
			List<LocalTime> reminders = new ArrayList<>();
			for (YamlNode r : c.get("reminders").asList()) {
				LocalTime at = r.asTime();
				if (!at.isBefore(closes)) {
					throw r.error("a reminder must be before the window closes (" + closes + ")");
				}
				reminders.add(at);
			}
			reminders.sort(null);
			YamlNode summaryNode = c.get("summary-at");
			LocalTime summaryAt = summaryNode.isMissing() ? closes : summaryNode.asTime();
			if (summaryAt.isBefore(closes)) {
				throw summaryNode.error("the summary must not be before the window closes (" + closes + ")");
			}
			YamlNode lateNode = c.get("late-until");
			LocalTime lateUntil = lateNode.isMissing() ? LocalTime.of(23, 59) : lateNode.asTime();
			if (lateUntil.isBefore(closes)) {
				throw lateNode.error("must not be before the window closes (" + closes + ")");
			}
			return new Schedule(zone, start, end, opens, closes, reminders, summaryAt, lateUntil);
		}

		private ZoneId zone(YamlNode node) {
			if (node.isMissing()) {
				return ZoneId.of("Asia/Ho_Chi_Minh");
			}
			try {
				return ZoneId.of(node.requiredText());
			}
			catch (DateTimeException ex) {
				throw node.error("expected a time zone such as Asia/Ho_Chi_Minh");
			}
		}

		private ReportTemplate report(YamlNode node) {
			if (node.isMissing()) {
				throw node.error("required: the report's fields");
			}
			node.allowOnly(Set.of("fields", "sections", "section-menu"));
			List<Section> sections = new ArrayList<>();
			Set<String> sectionKeys = new HashSet<>();
			for (YamlNode s : node.get("sections").asList()) {
				s.allowOnly(Set.of("key", "label", "ask"));
				String key = key(s.get("key"));
				if (!sectionKeys.add(key)) {
					throw s.get("key").error("duplicate section key '" + key + "'");
				}
				String ask = s.get("ask").requiredText();
				String label = s.get("label").isMissing() ? ask : s.get("label").requiredText();
				sections.add(new Section(key, label, ask));
			}
			List<FieldDef> fields = new ArrayList<>();
			Set<String> keys = new HashSet<>();
			List<YamlNode> fieldNodes = node.get("fields").asList();
			if (fieldNodes.isEmpty()) {
				throw node.get("fields").error("at least one field is required");
			}
			for (YamlNode f : fieldNodes) {
				FieldDef field = field(f, sectionKeys);
				if (!keys.add(field.key())) {
					throw f.get("key").error("duplicate field key '" + field.key() + "'");
				}
				fields.add(field);
			}
			for (int i = 0; i < sections.size(); i++) {
				String key = sections.get(i).key();
				if (fields.stream().noneMatch(f -> key.equals(f.section()))) {
					throw node.get("sections").asList().get(i).error("section '" + key + "' has no fields");
				}
			}
			return new ReportTemplate(fields, sections, node.get("section-menu").asBoolean(false));
		}

		private FieldDef field(YamlNode f, Set<String> sectionKeys) {
			f.allowOnly(Set.of("key", "label", "type", "unit", "required", "min", "max", "section", "options"));
			String key = key(f.get("key"));
			String label = f.get("label").requiredText();
			YamlNode typeNode = f.get("type");
			FieldType type = fieldType(typeNode);
			String section = f.get("section").optionalText();
			if (section != null && !sectionKeys.contains(section)) {
				throw f.get("section")
					.error("no section '" + section + "' under report.sections (sections: "
							+ String.join(", ", sectionKeys) + ")");
			}
			List<String> options = f.get("options").asStringList();
			if (type == FieldType.CHOICE && options.isEmpty()) {
				throw f.get("options").error("a choice field needs a list of options");
			}
			BigDecimal min = f.get("min").optionalNumber();
			BigDecimal max = f.get("max").optionalNumber();
			if (min != null && max != null && max.compareTo(min) < 0) {
				throw f.get("max").error("must not be less than min " + min.toPlainString());
			}
			boolean required = f.get("required").asBoolean(section == null);
			return new FieldDef(key, label, type, f.get("unit").optionalText(), required, min, max, section, options);
		}

		private FieldType fieldType(YamlNode node) {
			String text = node.requiredText();
			for (FieldType type : FieldType.values()) {
				if (type.key().equals(text.toLowerCase(Locale.ROOT))) {
					return type;
				}
			}
			throw node.error("expected one of count, quantity, money, text, yesno, choice, photos; got '" + text + "'");
		}

		private String key(YamlNode node) {
			String key = node.requiredText();
			if (!KEY.matcher(key).matches()) {
				throw node.error(
						"expected a key of lower-case letters, digits and _ starting with a letter, got '" + key + "'");
			}
			return key;
		}

		private List<Hamlet> hamlets(YamlNode node, ReportTemplate report, Set<String> codes) {
			List<YamlNode> nodes = node.asList();
			if (nodes.isEmpty()) {
				throw node.error("at least one hamlet is required");
			}
			List<Hamlet> hamlets = new ArrayList<>();
			for (YamlNode h : nodes) {
				h.allowOnly(Set.of("code", "name", "targets", "leads", "supervisors"));
				String code = unitCode(h.get("code"), codes);
				hamlets.add(new Hamlet(code, h.get("name").requiredText(),
						numbersByField(h.get("targets"), Map.of(Unit.DEFAULT_TEMPLATE, report)),
						channelIds(h.get("leads")), supervisors(h.get("supervisors"))));
			}
			return hamlets;
		}

		/** Numbers keyed by a field of one of {@code templates}. */
		private Map<String, BigDecimal> numbersByField(YamlNode node, Map<String, ReportTemplate> templates) {
			Map<String, BigDecimal> values = new LinkedHashMap<>();
			for (String key : node.asMap().keySet()) {
				YamlNode valueNode = node.get(key);
				FieldDef field = field(templates, key).orElseThrow(() -> valueNode
					.error("no report field '" + key + "' (fields: " + String.join(", ", fieldKeys(templates)) + ")"));
				if (!field.type().isNumeric()) {
					throw valueNode.error("field '" + key + "' is " + field.type().key() + ", not a number");
				}
				BigDecimal value = valueNode.asNumber();
				if (value.signum() < 0) {
					throw valueNode.error("must not be negative");
				}
				values.put(key, value);
			}
			return values;
		}

		/**
		 * A hamlet's supervisors. Their names must differ within the hamlet: the name is
		 * how the bot tells one supervisor from another when an account is bound to it at
		 * run time.
		 */
		private List<Supervisor> supervisors(YamlNode node) {
			List<Supervisor> supervisors = new ArrayList<>();
			Set<String> names = new HashSet<>();
			for (YamlNode s : node.asList()) {
				s.allowOnly(Set.of("name", "telegram", "zalo", "local"));
				Map<Channel, String> ids = new EnumMap<>(Channel.class);
				for (Channel channel : Channel.values()) {
					String id = s.get(channel.key()).optionalText();
					if (id != null && !id.isEmpty() && !id.equals("...")) {
						ids.put(channel, id);
					}
				}
				String name = s.get("name").requiredText();
				if (!names.add(name)) {
					throw s.get("name")
						.error("duplicate supervisor '" + name + "' in this "
								+ (node.path().startsWith("organisations") ? "organisation" : "hamlet"));
				}
				supervisors.add(new Supervisor(name, ids));
			}
			return supervisors;
		}

		private Committee committee(YamlNode node) {
			node.allowOnly(Set.of("telegram-chat-id", "zalo-chat-id", "local-chat-id", "members"));
			Map<Channel, String> chats = new EnumMap<>(Channel.class);
			for (Channel channel : Channel.values()) {
				String id = node.get(channel.key() + "-chat-id").optionalText();
				if (id != null && !id.isEmpty() && !id.equals("...")) {
					chats.put(channel, id);
				}
			}
			return new Committee(chats, channelIds(node.get("members")));
		}

		private ChannelIds channelIds(YamlNode node) {
			node.allowOnly(Set.of("telegram", "zalo", "local"));
			Map<Channel, List<String>> ids = new EnumMap<>(Channel.class);
			for (Channel channel : Channel.values()) {
				List<String> list = node.get(channel.key())
					.asStringList()
					.stream()
					.filter(id -> !id.isEmpty() && !id.equals("..."))
					.toList();
				if (!list.isEmpty()) {
					ids.put(channel, list);
				}
			}
			return new ChannelIds(ids);
		}

		private static java.util.Optional<FieldDef> field(Map<String, ReportTemplate> templates, String key) {
			return templates.values().stream().flatMap(t -> t.field(key).stream()).findFirst();
		}

		private static List<String> fieldKeys(Map<String, ReportTemplate> templates) {
			return templates.values().stream().flatMap(t -> t.fields().stream()).map(FieldDef::key).distinct().toList();
		}

		private Ratio ratio(YamlNode node, Map<String, ReportTemplate> report) {
			if (node.isMissing()) {
				return null;
			}
			node.allowOnly(Set.of("label", "left", "right", "at-least"));
			String left = numericField(node.get("left"), report);
			String right = numericField(node.get("right"), report);
			YamlNode atLeast = node.get("at-least");
			Matcher m = RATIO.matcher(atLeast.requiredText());
			if (!m.matches() || Integer.parseInt(m.group(1)) == 0 || Integer.parseInt(m.group(2)) == 0) {
				throw atLeast.error("expected a ratio such as \"1:3\"");
			}
			String label = node.get("label").isMissing() ? left + " : " + right : node.get("label").requiredText();
			return new Ratio(label, left, right, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}

		private String numericField(YamlNode node, Map<String, ReportTemplate> report) {
			String key = node.requiredText();
			FieldDef field = field(report, key).orElseThrow(() -> node.error("no report field '" + key + "'"));
			if (!field.type().isNumeric()) {
				throw node.error("field '" + key + "' is not a number field");
			}
			return key;
		}

	}

}
