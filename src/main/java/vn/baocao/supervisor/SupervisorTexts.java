package vn.baocao.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.Desk;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * The supervisor texts ({@code messages/supervisor}) and the ways they write days, times,
 * durations and people.
 */
@PerCampaign
@Component
final class SupervisorTexts {

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final Texts texts = new Texts("messages/supervisor");

	private final CampaignCalendar calendar;

	private final Roster roster;

	SupervisorTexts(CampaignCalendar calendar, Roster roster) {
		this.calendar = calendar;
		this.roster = roster;
	}

	String get(String key, Object... args) {
		return texts.get(key, args);
	}

	String day(LocalDate day) {
		return day.format(Desk.DAY);
	}

	String time(Instant instant) {
		return calendar.local(instant).format(Desk.TIME);
	}

	/** "14:00 13/12/2024", as invitations say when they expire. */
	String dayTime(Instant instant) {
		return calendar.local(instant).format(DAY_TIME);
	}

	/** "30 phút", "2 giờ", "1 giờ 15 phút"; never less than a minute. */
	String duration(Duration left) {
		long minutes = Math.max(1, (left.getSeconds() + 59) / 60);
		if (minutes < 60) {
			return get("duration.minutes", minutes);
		}
		return minutes % 60 == 0 ? get("duration.hours", minutes / 60)
				: get("duration.hours-minutes", minutes / 60, minutes % 60);
	}

	/**
	 * A lead as a supervisor can reach them: "Lan (Telegram @lan)", "Bình (Zalo)";
	 * several joined by commas, or "nobody".
	 */
	String leads(List<UserRef> leads) {
		if (leads.isEmpty()) {
			return get("people.none");
		}
		return leads.stream().map(this::lead).collect(Collectors.joining(", "));
	}

	private String lead(UserRef ref) {
		ChatUser user = roster.find(ref).orElse(new ChatUser(ref, null, null));
		String channel = channelName(ref.channel());
		String username = user.username();
		String name = user.displayName() != null && !user.displayName().isBlank() ? user.displayName() : ref.userId();
		return username == null || username.isBlank() ? get("lead.reach", name, channel)
				: get("lead.reach.username", name, channel, username);
	}

	String channelName(Channel channel) {
		return get("channel." + channel.key());
	}

}
