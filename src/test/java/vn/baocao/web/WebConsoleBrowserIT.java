package vn.baocao.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web console in a real headless Chromium (Debian's chromium and chromium-driver;
 * nothing is downloaded): a lead reports a whole day in the simulator, an admin signs in
 * with a link from /dangnhap and sees it arrive on the dashboard without a reload, a
 * supervisor sees only their hamlets, a used link is refused. Skipped, with a message,
 * where Chromium is not installed. Run by {@code ./mvnw -Pbrowser verify}, which also
 * saves the README's screenshots into docs/images.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "baocao.campaign-file=src/test/resources/web/campaign.yml")
@Import(TestClockConfig.class)
class WebConsoleBrowserIT {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("browser.db").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	WebDriver browser;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Skipping the browser tests: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
						+ "(apt-get install -y chromium chromium-driver)");
	}

	@BeforeEach
	void openBrowser() {
		clock.set("2024-12-10T14:00");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1400,1000", "--lang=vi-VN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aLeadReportsInTheSimulatorAndTheAdminsDashboardShowsItWithoutAReload() throws IOException {
		open("/");
		signInThroughTheSimulator("admin1");
		WebElement cau = browser.findElement(By.id("unit-cau"));
		assertThat(cau.getAttribute("data-state")).isEqualTo("missing");
		((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
		String dashboard = browser.getWindowHandle();

		browser.switchTo().newWindow(WindowType.TAB);
		String lead = browser.getWindowHandle();
		open("/");
		playAs("u1");
		send("/baocao", "Số người dân tham gia");
		send("45", "Phát quang");
		send("1.330 m", "Khó khăn");
		send("/bo", "Gửi báo cáo");
		press("Gửi báo cáo", "Đã nhận báo cáo");

		browser.switchTo().window(dashboard);
		// the table is replaced in place every few seconds: read it in one script each
		// time
		new WebDriverWait(browser, Duration.ofSeconds(40)).until(b -> "on-time"
			.equals(script("return document.getElementById('unit-cau').getAttribute('data-state');")));
		String row = String.valueOf(script("return document.getElementById('unit-cau').innerText;"));
		assertThat(row).contains("Đúng hạn", "45 người", "1.330 m", "u1", "14:00");
		assertThat(script("return window.notReloaded === true;")).as("updated in place, not reloaded").isEqualTo(true);
		assertThat(String.valueOf(script("return document.getElementById('counts').innerText;"))).contains("1/4");
		screenshot("dashboard.png");

		browser.findElement(By.id("summary")).click();
		assertThat(browser.findElement(By.id("replies")).getText()).contains("10/12/2024");
		browser.switchTo().window(lead);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> count("#committee-messages li.out") > 0
				&& String.valueOf(script("return document.getElementById('committee-messages').textContent;"))
					.contains("Đã báo cáo: 1/4"));
		screenshot("simulator.png");
	}

	@Test
	void aSupervisorSeesOnlyTheirHamlets() {
		open("/");
		signInThroughTheSimulator("gam");
		assertThat(browser.findElements(By.id("unit-cau"))).hasSize(1);
		assertThat(browser.findElements(By.id("unit-trai-bi"))).hasSize(1);
		assertThat(browser.findElements(By.id("unit-san-bay"))).isEmpty();
		assertThat(browser.findElements(By.id("unit-moi"))).isEmpty();
		assertThat(browser.findElements(By.id("summary"))).as("no admin actions").isEmpty();
	}

	@Test
	void aUsedLinkIsRefused() {
		open("/");
		playAs("admin1");
		String link = askForLink();
		browser.get(link);
		assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
		browser.manage().deleteAllCookies();
		browser.get(link);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("đã được dùng");
		open("/dashboard");
		assertThat(browser.getCurrentUrl()).endsWith("/signin");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("/dangnhap");
	}

	// ---- the simulator, as a person uses it
	// --------------------------------------------

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	void signInThroughTheSimulator(String userId) {
		playAs(userId);
		String link = askForLink();
		browser.findElement(By.cssSelector("#messages a.link[href='" + link + "']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().endsWith("/dashboard"));
	}

	/**
	 * Sends /dangnhap and waits for the new link (the chat may hold older, used ones).
	 */
	String askForLink() {
		long before = count("#messages li.out a.link");
		type("/dangnhap");
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
			Object href = script("var links = document.querySelectorAll('#messages li.out a.link');"
					+ "return links.length > arguments[0] ? links[links.length - 1].href : null;", before);
			return href == null ? null : href.toString();
		});
	}

	void playAs(String userId) {
		new Select(browser.findElement(By.id("persona"))).selectByValue(userId);
		// the chat of that person is shown once its transcript has loaded
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> String
			.valueOf(script("return document.getElementById('messages').getAttribute('data-signature') || '';"))
			.startsWith(userId + ":"));
	}

	/** Types a message and waits for a new reply that says {@code expected}. */
	void send(String text, String expected) {
		long before = count("#messages li.out");
		type(text);
		awaitReply(before, expected);
	}

	/**
	 * Presses the newest button labelled {@code label}, waits for a reply saying
	 * {@code expected}.
	 */
	void press(String label, String expected) {
		long before = count("#messages li.out");
		Object pressed = script(
				"var label = arguments[0]; var found = null; document.querySelectorAll('#messages button.option')"
						+ ".forEach(function (b) { if (b.textContent.indexOf(label) >= 0) { found = b; } });"
						+ "if (found) { found.click(); } return found !== null;",
				label);
		assertThat(pressed).as("a button " + label).isEqualTo(true);
		awaitReply(before, expected);
	}

	void type(String text) {
		WebElement input = browser.findElement(By.id("text"));
		input.sendKeys(text);
		browser.findElement(By.id("send-button")).click();
	}

	void awaitReply(long before, String expected) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
			Object last = script("var out = document.querySelectorAll('#messages li.out');"
					+ "return out.length > arguments[0] ? out[out.length - 1].textContent : null;", before);
			return last != null && last.toString().contains(expected);
		});
	}

	long count(String css) {
		return ((Number) script("return document.querySelectorAll(arguments[0]).length;", css)).longValue();
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	void screenshot(String name) throws IOException {
		String target = System.getProperty("baocao.screenshots.dir");
		if (target == null) {
			return;
		}
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(Path.of(target));
		Files.copy(shot.toPath(), Path.of(target, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

}
