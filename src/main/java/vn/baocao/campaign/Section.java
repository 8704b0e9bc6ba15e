package vn.baocao.campaign;

/**
 * A group of optional fields asked only on days the hamlet did that kind of work.
 * {@code ask} is the yes/no gate question; {@code label} names it in the one-question
 * menu.
 */
public record Section(String key, String label, String ask) {
}
