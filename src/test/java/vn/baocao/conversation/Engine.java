package vn.baocao.conversation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Invites;
import vn.baocao.roster.UserRef;
import vn.baocao.support.InMemoryReports;
import vn.baocao.support.InMemoryRoster;
import vn.baocao.support.MutableClock;

/**
 * The dialogue engine with in-memory stores and a movable clock: plays local users'
 * private chats (chat id = user id) and keeps each chat's state as the database would.
 */
final class Engine {

	final Campaign campaign;

	final MutableClock clock = MutableClock.at("2024-12-10T14:00");

	final InMemoryReports reports = new InMemoryReports();

	final InMemoryRoster roster;

	final Router router;

	private final Map<String, DialogState> states = new HashMap<>();

	private final Map<String, List<Outbound>> lastReplies = new HashMap<>();

	private int updates;

	Engine(String campaignResource) {
		this(load(campaignResource));
	}

	Engine(Campaign campaign) {
		this.campaign = campaign;
		this.roster = InMemoryRoster.seededFrom(campaign);
		Desk desk = new Desk(campaign, new CampaignCalendar(campaign.schedule(), clock), new Texts(), reports, roster);
		this.router = new Router(desk, channel -> campaign.committee().chatId(channel), SubmissionListener.none(),
				new NoInvites(), List.of());
	}

	static Campaign load(String resource) {
		try (Reader reader = new InputStreamReader(Engine.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			return CampaignLoader.parse(resource, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Outbound> send(String user, String text) {
		return handle(user, Inbound.parseText(text));
	}

	List<Outbound> photo(String user, String ref) {
		return handle(user, new Inbound.Photo(ref, null));
	}

	List<Outbound> pressPayload(String user, String payload) {
		return handle(user, new Inbound.Button(payload));
	}

	/**
	 * Presses the option whose label contains {@code label} in the last message that had
	 * options.
	 */
	List<Outbound> press(String user, String label) {
		return pressPayload(user, payload(user, label));
	}

	String payload(String user, String label) {
		List<Outbound> replies = lastReplies.getOrDefault(user, List.of());
		for (int i = replies.size() - 1; i >= 0; i--) {
			Optional<Option> option = replies.get(i)
				.options()
				.stream()
				.filter(o -> o.label().contains(label))
				.findFirst();
			if (option.isPresent()) {
				return option.get().payload();
			}
		}
		throw new AssertionError("No option '" + label + "' in the last replies to " + user + ": " + replies);
	}

	/** The payloads of the options the user was last offered. */
	List<String> offeredPayloads(String user) {
		return lastReplies.getOrDefault(user, List.of())
			.stream()
			.flatMap(o -> o.options().stream())
			.map(Option::payload)
			.toList();
	}

	DialogState state(String user) {
		return states.getOrDefault(user, DialogState.initial());
	}

	Optional<DailyReport> report(String hamlet) {
		return reports.find(hamlet, clock.instant().atZone(MutableClock.VIETNAM).toLocalDate());
	}

	private List<Outbound> handle(String user, Inbound.Content content) {
		Inbound in = new Inbound(Channel.LOCAL, user, Inbound.ChatKind.PRIVATE,
				new ChatUser(new UserRef(Channel.LOCAL, user), "Người " + user, null), content, "u" + (++updates));
		Turn turn = router.route(in, state(user));
		states.put(user, turn.state());
		List<Outbound> withOptions = turn.replies().stream().filter(o -> !o.options().isEmpty()).toList();
		if (!withOptions.isEmpty()) {
			lastReplies.put(user, turn.replies());
		}
		return turn.replies();
	}

	static String text(List<Outbound> replies) {
		return String.join("\n---\n", replies.stream().map(Outbound::text).toList());
	}

	static String last(List<Outbound> replies) {
		return replies.get(replies.size() - 1).text();
	}

	private static final class NoInvites implements Invites {

		@Override
		public Invite issue(String hamletCode, Invite.Role role, UserRef issuedBy, java.time.Instant now,
				java.time.Instant expiresAt) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Redemption redeem(String code, ChatUser user, java.time.Instant now) {
			return new Redemption.Unknown();
		}

	}

}
