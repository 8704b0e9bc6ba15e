package vn.baocao.messaging;

/** A file sent with a message; {@code id} names it in the file store. */
public record Attachment(String name, String id, boolean picture) {
}
