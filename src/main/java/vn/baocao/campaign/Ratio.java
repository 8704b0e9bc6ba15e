package vn.baocao.campaign;

/** A check such as "at least 1 resident for every 3 soldiers", shown in summaries. */
public record Ratio(String label, String left, String right, int leftPart, int rightPart) {
}
