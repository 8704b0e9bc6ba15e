package vn.baocao.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bot token must never reach a log line (CONTRACT.md): neither whole, nor its secret
 * half, nor URL-encoded as it appears in a Bot API address.
 */
final class TokenLeaks {

	private TokenLeaks() {
	}

	static void assertAbsent(String token, Path... logs) {
		String secret = token.substring(token.indexOf(':') + 1);
		List<String> forms = List.of(token, secret, token.replace(":", "%3A"));
		for (Path log : logs) {
			List<String> lines;
			try {
				lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			assertThat(lines).as("lines of %s", log).isNotEmpty();
			for (String line : lines) {
				for (String form : forms) {
					assertThat(line).as("a line of %s", log).doesNotContain(form);
				}
			}
		}
	}

}
