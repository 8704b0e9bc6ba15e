package vn.baocao.campaign;

/**
 * Who is told what besides the leads and the committee group, as the campaign file's
 * optional {@code notifications} section switches it.
 *
 * @param supervisorDigest whether each hamlet's supervisors get a short digest of every
 * report and revision the hamlet sends (on unless the file says
 * {@code supervisor-digest: false})
 */
public record Notifications(boolean supervisorDigest) {

	public static Notifications defaults() {
		return new Notifications(true);
	}

}
