package vn.baocao.draft;

/** The input is not a plan the drafter can read; the message is the one line to show. */
final class NotAPlanException extends RuntimeException {

	NotAPlanException(String message) {
		super(message);
	}

}
