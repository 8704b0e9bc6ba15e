package vn.baocao.campaign;

import java.util.Map;

/** A committee member who oversees a hamlet ("phụ trách ấp"); may have no chat id yet. */
public record Supervisor(String name, Map<Channel, String> ids) {

	public Supervisor {
		ids = Map.copyOf(ids);
	}

}
