package vn.baocao.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.Schedule;
import vn.baocao.export.ExportFile;
import vn.baocao.export.Exports;
import vn.baocao.messaging.FileContent;

/**
 * {@code /dashboard}: the day's units for the signed-in admin (all) or supervisor (their
 * own), {@code ?day=yyyy-MM-dd} for another campaign day; {@code /dashboard/live} is the
 * same table alone, for the page's refresh; one unit's revisions; the downloads and the
 * two admin actions. Who may open which is the security chain's (SecurityConfig).
 */
@Controller
@RequestMapping(SecurityConfig.DASHBOARD)
class DashboardController {

	/** A day as /tonghop takes it. */
	private static final DateTimeFormatter COMMAND_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Campaigns campaigns;

	private final WebTexts texts;

	DashboardController(Campaigns campaigns, WebTexts texts) {
		this.campaigns = campaigns;
		this.texts = texts;
	}

	/**
	 * The campaign of the session's sign-in link (the one campaign's for older sessions).
	 */
	private <T> T of(WebUser user, Class<T> type) {
		String id = user.campaignId() == null || campaigns.folder().find(user.campaignId()).isEmpty()
				? campaigns.first().id() : user.campaignId();
		return campaigns.bean(id, type);
	}

	@GetMapping
	String dashboard(@AuthenticationPrincipal WebUser user, @RequestParam(required = false) @Nullable String day,
			Model model) {
		fill(model, user, day);
		return "dashboard";
	}

	@GetMapping("/live")
	String live(@AuthenticationPrincipal WebUser user, @RequestParam(required = false) @Nullable String day,
			Model model) {
		fill(model, user, day);
		return "dashboard :: live";
	}

	@GetMapping("/units/{code}")
	String unit(@AuthenticationPrincipal WebUser user, @PathVariable String code,
			@RequestParam(required = false) @Nullable String day, Model model) {
		Boards boards = of(user, Boards.class);
		LocalDate chosen = chosen(boards, day).orElse(boards.defaultDay());
		UnitPage page = boards.unit(user, code, chosen);
		if (page == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("page", page);
		model.addAttribute("user", user);
		return "unit";
	}

	@GetMapping("/files/{kind}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal WebUser user, @PathVariable String kind,
			@RequestParam(required = false) @Nullable String day) {
		Boards boards = of(user, Boards.class);
		Exports exports = of(user, Exports.class);
		Schedule schedule = of(user, Campaign.class).schedule();
		LocalDate chosen = chosen(boards, day).orElse(boards.defaultDay());
		Optional<ExportFile> file = switch (kind) {
			case "day.xlsx" -> exports.daily(chosen).stream().filter(f -> !f.content().picture()).findFirst();
			case "campaign.xlsx" -> Optional.of(exports.range(schedule.startDate(), chosen));
			case "chart.png" -> exports.daily(chosen).stream().filter(f -> f.content().picture()).findFirst();
			default -> Optional.empty();
		};
		if (file.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		FileContent content = file.get().content();
		ContentDisposition disposition = (content.picture() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(content.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore())
			.body(content.bytes());
	}

	@PostMapping("/remind")
	String remind(@AuthenticationPrincipal WebUser user, @RequestParam(required = false) @Nullable String day,
			RedirectAttributes redirect) {
		return act(user, DeskActions.Action.REMIND, "", day, redirect);
	}

	@PostMapping("/summary")
	String summary(@AuthenticationPrincipal WebUser user, @RequestParam(required = false) @Nullable String day,
			RedirectAttributes redirect) {
		String args = chosen(of(user, Boards.class), day).map(d -> d.format(COMMAND_DAY)).orElse("");
		return act(user, DeskActions.Action.SUMMARY, args, day, redirect);
	}

	private String act(WebUser user, DeskActions.Action action, String args, @Nullable String day,
			RedirectAttributes redirect) {
		List<String> replies = of(user, DeskActions.class).run(user, action, args);
		redirect.addFlashAttribute("replies", replies);
		Boards boards = of(user, Boards.class);
		LocalDate back = chosen(boards, day).orElse(boards.defaultDay());
		return "redirect:" + SecurityConfig.DASHBOARD + "?day=" + back;
	}

	private void fill(Model model, WebUser user, @Nullable String day) {
		Boards boards = of(user, Boards.class);
		Optional<LocalDate> chosen = chosen(boards, day);
		if (day != null && chosen.isEmpty()) {
			model.addAttribute("notice", texts.get("day.not-campaign", day));
		}
		model.addAttribute("board", boards.of(user, chosen.orElse(boards.defaultDay())));
		model.addAttribute("user", user);
	}

	/** The asked day when it is a campaign day. */
	private static Optional<LocalDate> chosen(Boards boards, @Nullable String day) {
		if (day == null || day.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(day.strip())).filter(boards::isCampaignDay);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
