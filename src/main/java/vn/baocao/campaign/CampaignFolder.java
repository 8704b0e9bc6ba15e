package vn.baocao.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The campaigns one deployment serves: one campaign file, or a folder of them
 * ({@code BAOCAO_CAMPAIGN_DIR}: every {@code *.yml}/{@code *.yaml} but
 * {@code district.yml}, in file-name order) with an optional district above them. In a
 * folder each campaign's id is unique and all run in one time zone (the deployment's
 * clock).
 */
public record CampaignFolder(List<Campaign> campaigns, @Nullable District district, boolean several) {

	public static final String DISTRICT_FILE = "district.yml";

	public CampaignFolder {
		campaigns = List.copyOf(campaigns);
	}

	public static CampaignFolder single(Campaign campaign) {
		return new CampaignFolder(List.of(campaign), null, false);
	}

	public static CampaignFolder load(Path dir) {
		String name = dir.toString();
		if (!Files.isDirectory(dir)) {
			throw new CampaignFileException(name, "",
					"not a folder (set BAOCAO_CAMPAIGN_DIR to a folder of campaign files)");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(dir)) {
			files = listing.filter(Files::isRegularFile).filter(CampaignFolder::isCampaignFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new CampaignFileException(name, "", "cannot be listed: " + ex.getMessage());
		}
		if (files.isEmpty()) {
			throw new CampaignFileException(name, "", "holds no campaign file (*.yml)");
		}
		List<Campaign> campaigns = new ArrayList<>();
		Map<String, Path> ids = new HashMap<>();
		for (Path file : files) {
			Campaign campaign = CampaignLoader.load(file);
			Path other = ids.putIfAbsent(campaign.id(), file);
			if (other != null) {
				throw new CampaignFileException(file.toString(), "campaign.id",
						"an id no other file uses, but '" + campaign.id() + "' is also the id in " + other);
			}
			ZoneId zone = campaigns.isEmpty() ? campaign.schedule().zone() : campaigns.get(0).schedule().zone();
			if (!zone.equals(campaign.schedule().zone())) {
				throw new CampaignFileException(file.toString(), "campaign.time-zone",
						"the folder's one time zone " + zone + ", but got " + campaign.schedule().zone());
			}
			campaigns.add(campaign);
		}
		Path districtFile = dir.resolve(DISTRICT_FILE);
		District district = Files.isRegularFile(districtFile) ? CampaignLoader.loadDistrict(districtFile) : null;
		return new CampaignFolder(campaigns, district, true);
	}

	private static boolean isCampaignFile(Path file) {
		String name = file.getFileName().toString();
		return (name.endsWith(".yml") || name.endsWith(".yaml")) && !name.equals(DISTRICT_FILE)
				&& !name.startsWith(".");
	}

	public ZoneId zone() {
		return campaigns.get(0).schedule().zone();
	}

	public Optional<Campaign> find(String id) {
		return campaigns.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Optional<District> districtIfAny() {
		return Optional.ofNullable(district);
	}

}
