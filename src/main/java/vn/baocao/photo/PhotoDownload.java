package vn.baocao.photo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET of a photo (or of the small JSON answer that says where it is), for the
 * channels' {@link PhotoSource}s: the whole download within the timeout, never more than
 * the cap in memory, and its outcome sorted into kept-for-good
 * ({@link PhotoSource.Refused}: 4xx, too big) and try-again ({@link PhotoSource.Failed}:
 * timeouts, network errors, 5xx, 429). Reasons never quote the URL, which may carry a bot
 * token.
 */
public final class PhotoDownload implements AutoCloseable {

	private final HttpClient client;

	private final Duration timeout;

	private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "baocao-photo-download");
		thread.setDaemon(true);
		return thread;
	});

	public PhotoDownload(Duration timeout) {
		this.timeout = timeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** The body of a GET, at most {@code maxBytes}. */
	public PhotoSource.Fetch get(URI uri, long maxBytes) {
		Future<PhotoSource.Fetch> download = worker.submit(() -> download(uri, maxBytes));
		try {
			return download.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			download.cancel(true);
			return noAnswer();
		}
		catch (InterruptedException ex) {
			download.cancel(true);
			Thread.currentThread().interrupt();
			return new PhotoSource.Failed("interrupted");
		}
		catch (ExecutionException ex) {
			return new PhotoSource.Failed(ex.getCause() == null ? "failed" : ex.getCause().getClass().getSimpleName());
		}
	}

	private PhotoSource.Fetch download(URI uri, long maxBytes) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
		HttpResponse<InputStream> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpTimeoutException ex) {
			return noAnswer();
		}
		catch (IOException ex) {
			return new PhotoSource.Failed(ex.getClass().getSimpleName());
		}
		try (InputStream body = response.body()) {
			int status = response.statusCode();
			if (status == 429 || status >= 500) {
				return new PhotoSource.Failed("HTTP " + status);
			}
			if (status < 200 || status >= 300) {
				return new PhotoSource.Refused("HTTP " + status);
			}
			OptionalLong length = response.headers().firstValueAsLong("Content-Length");
			if (length.isPresent() && length.getAsLong() > maxBytes) {
				return new PhotoSource.Refused("over the size cap (" + length.getAsLong() + " bytes)");
			}
			Optional<byte[]> bytes = PhotoBytes.readCapped(body, maxBytes);
			if (bytes.isEmpty()) {
				return new PhotoSource.Refused("over the size cap");
			}
			return new PhotoSource.Got(bytes.get());
		}
		catch (IOException ex) {
			return new PhotoSource.Failed(ex.getClass().getSimpleName());
		}
	}

	private PhotoSource.Failed noAnswer() {
		return new PhotoSource.Failed("no answer within " + timeout.toMillis() + " ms");
	}

	@Override
	public void close() {
		worker.shutdownNow();
	}

}
