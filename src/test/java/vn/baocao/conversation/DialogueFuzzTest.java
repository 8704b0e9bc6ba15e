package vn.baocao.conversation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.FieldDef;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated input through the dialogue: whatever a lead sends, the engine answers, stays
 * at a question the plan can ask, and stores only values within the template's bounds.
 * Tries come from {@code jqwik.tries.default} (raised to 100 000 by the faults profile).
 */
class DialogueFuzzTest {

	static final Campaign SEED = CampaignLoader.load(Path.of("config/campaign.yml"));

	static final Campaign ENGINE = Engine.load("/campaigns/engine.yml");

	/**
	 * One thing a user does: type, run a command, press an offered option, press junk,
	 * send a photo.
	 */
	record Action(String kind, String value, int index) {
	}

	@Property
	void anySequenceOfInputsKeepsTheDialogueValid(@ForAll("actions") @Size(max = 40) List<Action> actions,
			@ForAll boolean seedCampaign) {
		Engine engine = new Engine(seedCampaign ? SEED : ENGINE);
		String user = seedCampaign ? "u1" : (actions.size() % 2 == 0 ? "u1" : "both");
		for (Action action : actions) {
			List<Outbound> replies = act(engine, user, action);
			assertThat(replies).as("a reply to %s", action).isNotEmpty();
			assertThat(replies).allSatisfy(r -> assertThat(r.text()).isNotBlank());
			assertStateIsValid(engine, engine.state(user));
		}
		engine.report("cau").ifPresent(report -> assertWithinBounds(engine.campaign, report));
		engine.report("moi").ifPresent(report -> assertWithinBounds(engine.campaign, report));
	}

	private static List<Outbound> act(Engine engine, String user, Action action) {
		return switch (action.kind()) {
			case "text" -> engine.send(user, action.value());
			case "photo" -> engine.photo(user, "local:" + action.value());
			case "junk" -> engine.pressPayload(user, action.value());
			default -> {
				List<String> payloads = engine.offeredPayloads(user);
				yield payloads.isEmpty() ? engine.send(user, action.value())
						: engine.pressPayload(user, payloads.get(action.index() % payloads.size()));
			}
		};
	}

	private static void assertStateIsValid(Engine engine, DialogState state) {
		if (state instanceof DialogState.Filling filling) {
			Draft draft = filling.draft();
			Step step = draft.step();
			if (!(step instanceof Step.PickItem)) {
				assertThat(new Plan(engine.campaign::templateOf).steps(draft)).as("the plan of %s", draft)
					.contains(step);
			}
			assertThat(draft.answers().keySet())
				.allSatisfy(key -> assertThat(engine.campaign.templateOf(draft.hamlet()).field(key)).isPresent());
		}
	}

	private static void assertWithinBounds(Campaign campaign, DailyReport report) {
		for (Map.Entry<String, Value> entry : report.latest().values().entrySet()) {
			FieldDef field = campaign.report().field(entry.getKey()).orElseThrow();
			if (entry.getValue() instanceof Value.Number n) {
				assertThat(n.amount()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
				if (field.max() != null) {
					assertThat(n.amount()).isLessThanOrEqualTo(field.max());
				}
			}
			if (entry.getValue() instanceof Value.Text t) {
				assertThat(t.text().length()).isLessThanOrEqualTo(field.textLimit());
			}
		}
		for (FieldDef field : campaign.report().fields()) {
			if (field.required() && field.section() == null) {
				assertThat(report.latest().values()).containsKey(field.key());
			}
		}
	}

	@Provide
	Arbitrary<List<Action>> actions() {
		Arbitrary<Action> typed = Arbitraries
			.oneOf(Arbitraries.of("40", "120", "1.330m", "1,5 km", "90 triệu", "0", "không", "có", "ko", "=", "xong",
					"gửi", "sửa", "1 8", "1 3 5", "2", "11", "-5", "99999999", "1.5", "abc", "", " ", "1..2",
					"x".repeat(1200)), Arbitraries.strings().ofMaxLength(30))
			.map(text -> new Action("text", text, 0));
		Arbitrary<Action> command = Arbitraries
			.of("/baocao", "/report", "/sua", "/huy", "/lai", "/bo", "/xem", "/trogiup", "/start", "/start ABC", "/x")
			.map(text -> new Action("text", text, 0));
		Arbitrary<Action> press = Arbitraries.integers().between(0, 20).map(i -> new Action("press", "40", i));
		Arbitrary<Action> junk = Arbitraries.of("", "x", "1:yes", "99:send", "a:b:c", "-1:done", "3:t:nope", "2:i:nope")
			.map(text -> new Action("junk", text, 0));
		Arbitrary<Action> photo = Arbitraries.strings().alpha().ofLength(5).map(ref -> new Action("photo", ref, 0));
		return Arbitraries
			.frequencyOf(net.jqwik.api.Tuple.of(4, typed), net.jqwik.api.Tuple.of(2, command),
					net.jqwik.api.Tuple.of(6, press), net.jqwik.api.Tuple.of(1, junk), net.jqwik.api.Tuple.of(1, photo))
			.list();
	}

}
