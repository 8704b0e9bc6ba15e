package vn.baocao.messaging;

/** A choice offered with a message: a button on Telegram, a numbered line on Zalo. */
public record Option(String label, String payload) {
}
