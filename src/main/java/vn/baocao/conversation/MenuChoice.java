package vn.baocao.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.baocao.campaign.Section;

/**
 * Reads a typed menu answer such as "1 3", "1,3" or "1, 3 và 5" into the chosen sections.
 */
final class MenuChoice {

	private MenuChoice() {
	}

	static Optional<Set<String>> parse(String typed, List<Section> sections) {
		String[] parts = typed.toLowerCase(java.util.Locale.ROOT).split("[\\s,;.+&/]+|\\bvà\\b");
		Set<String> chosen = new LinkedHashSet<>();
		for (String part : parts) {
			if (part.isBlank()) {
				continue;
			}
			int n;
			try {
				n = Integer.parseInt(part.strip());
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
			if (n < 1 || n > sections.size()) {
				return Optional.empty();
			}
			chosen.add(sections.get(n - 1).key());
		}
		return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen);
	}

}
