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
		String simulator = browser.getWindowHandle();
		open("/");
		signInThroughTheSimulator("admin1");
		WebElement cau = browser.findElement(By.id("unit-cau"));
		assertThat(cau.getAttribute("data-state")).isEqualTo("missing");
		((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
		String dashboard = browser.getWindowHandle();

		browser.switchTo().newWindow(WindowType.TAB);
		open("/");
		playAs("u1");
		type("/baocao");
		awaitLastReply("Số người dân tham gia");
		type("45");
		awaitLastReply("Phát quang");
		type("1.330 m");
		awaitLastReply("Khó khăn");
		press("Bỏ qua");
		awaitLastReply("Gửi báo cáo");
		press("Gửi báo cáo");
		awaitLastReply("Đã nhận báo cáo");
		screenshot("simulator.png");

		browser.switchTo().window(dashboard);
		new WebDriverWait(browser, Duration.ofSeconds(40))
			.until(b -> "on-time".equals(b.findElement(By.id("unit-cau")).getAttribute("data-state")));
		String row = browser.findElement(By.id("unit-cau")).getText();
		assertThat(row).contains("Đúng hạn", "45 người", "1.330 m", "u1", "14:00");
		assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
			.as("updated in place, not reloaded")
			.isEqualTo(true);
		assertThat(browser.findElement(By.id("counts")).getText()).contains("1/4");
		screenshot("dashboard.png");
		assertThat(simulator).isNotNull();
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
		type("/dangnhap");
		String link = awaitLink();
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
		type("/dangnhap");
		awaitLink();
		List<WebElement> links = browser.findElements(By.cssSelector("#messages li.out a.link"));
		links.get(links.size() - 1).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().endsWith("/dashboard"));
	}

	void playAs(String userId) {
		new Select(browser.findElement(By.id("persona"))).selectByValue(userId);
	}

	void type(String text) {
		WebElement input = browser.findElement(By.id("text"));
		input.sendKeys(text);
		browser.findElement(By.id("send-button")).click();
	}

	void press(String label) {
		List<WebElement> buttons = browser.findElements(By.cssSelector("#messages button.option"));
		buttons.stream()
			.filter(b -> b.getText().contains(label))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no button " + label))
			.click();
	}

	String awaitLastReply(String expected) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
			List<WebElement> out = b.findElements(By.cssSelector("#messages li.out"));
			if (out.isEmpty()) {
				return null;
			}
			String text = out.get(out.size() - 1).getText();
			return text.contains(expected) ? text : null;
		});
	}

	String awaitLink() {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
			List<WebElement> links = b.findElements(By.cssSelector("#messages li.out a.link"));
			return links.isEmpty() ? null : links.get(links.size() - 1).getAttribute("href");
		});
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
