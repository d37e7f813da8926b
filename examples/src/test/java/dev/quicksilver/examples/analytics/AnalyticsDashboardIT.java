package dev.quicksilver.examples.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The dashboard page in headless Chromium (the system's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver},
 * never a downloaded browser): the page loads, every chart is drawn with exactly the numbers the API answers, the
 * year filter redraws the monthly chart, and a screenshot is saved to {@code target/screenshots/dashboard.png}.
 * Without Chromium the test is skipped with a loud message, or fails when {@code QUICKSILVER_TEST_REQUIRE_CHROMIUM=true}.
 * Runs on H2 only: the API tests cover PostgreSQL.
 */
@SpringBootTest(classes = AnalyticsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = AnalyticsApplication.CONFIG)
@AutoConfigureWebTestClient
@DirtiesContext
class AnalyticsDashboardIT {

    private static final String REQUIRE_VARIABLE = "QUICKSILVER_TEST_REQUIRE_CHROMIUM";
    private static final Path CHROMIUM = Path.of(env("QUICKSILVER_TEST_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("QUICKSILVER_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    private @Nullable ChromeDriver browser;
    private @Nullable Path profile;

    @BeforeAll
    static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String reason = "Chromium or chromedriver not found at " + CHROMIUM + " / " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver): the dashboard's browser test does not run.";
            if (Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE))) {
                fail(reason + " " + REQUIRE_VARIABLE + "=true, so this is a failure.");
            }
            System.err.println("*** SKIPPED *** " + reason);
            Assumptions.abort(reason);
        }
    }

    /** A fresh browser with an empty profile per test; quitting it stops its chromedriver too. */
    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("quicksilver-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1700", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theDashboardDrawsTheApisNumbersAndIsPhotographed() throws IOException {
        ChromeDriver page = open();

        assertChart(page, "byCountry", api("/api/revenue/by-country", CountryRevenue.class),
                CountryRevenue::country, CountryRevenue::revenue);
        assertChart(page, "byGenre", api("/api/revenue/by-genre", GenreRevenue.class),
                GenreRevenue::genre, GenreRevenue::revenue);
        assertChart(page, "byMonth", api("/api/revenue/by-month", MonthRevenue.class),
                row -> "%d-%02d".formatted(row.year(), row.month()), MonthRevenue::revenue);
        assertChart(page, "topCustomers", api("/api/top/customers?limit=10", CustomerSpend.class),
                row -> row.firstName() + " " + row.lastName(), CustomerSpend::spent);
        assertChart(page, "topArtists", api("/api/top/artists?limit=10", ArtistRevenue.class),
                ArtistRevenue::name, ArtistRevenue::revenue);
        assertThat(page.findElement(By.id("total-revenue")).getText()).isEqualTo("$2,328.60");
        for (String canvas : List.of("by-country", "by-genre", "by-month", "top-customers", "top-artists")) {
            assertThat(script(page, "const canvas = document.getElementById(arguments[0]);"
                    + " return canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data"
                    + ".some(value => value !== 0);", canvas)).as("pixels drawn on " + canvas).isEqualTo(true);
        }

        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        byte[] png = ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve("dashboard.png"), png);
        assertThat(png).hasSizeGreaterThan(10_000);
    }

    @Test
    void choosingAYearRedrawsTheMonthlyChartWithThatYearsNumbers() {
        ChromeDriver page = open();
        new Select(page.findElement(By.id("year"))).selectByValue("2023");
        new WebDriverWait(page, WAIT).until(driver -> script(driver, "return window.dashboard.charts.byMonth.labels[0];")
                .equals("2023-01"));

        assertChart(page, "byMonth", api("/api/revenue/by-month?year=2023", MonthRevenue.class),
                row -> "%d-%02d".formatted(row.year(), row.month()), MonthRevenue::revenue);
    }

    private ChromeDriver open() {
        ChromeDriver page = Objects.requireNonNull(browser);
        page.get("http://localhost:" + port + "/");
        String rendered = new WebDriverWait(page, WAIT).until(driver -> {
            Object state = script(driver, "return document.body.dataset.rendered;");
            return "false".equals(state) ? null : String.valueOf(state);
        });
        assertThat(rendered).as("dashboard state; error: %s", script(page, "return document.body.dataset.error;"))
                .isEqualTo("true");
        return page;
    }

    /** What the page recorded for a chart (labels and values read back from the Chart.js instance) equals the API's rows. */
    private static <T> void assertChart(ChromeDriver page, String chart, List<T> rows, Function<T, String> label,
            Function<T, BigDecimal> value) {
        Object drawn = script(page, "return window.dashboard.charts[arguments[0]];", chart);
        assertThat(drawn).as(chart).isInstanceOf(Map.class);
        Map<?, ?> data = (Map<?, ?>) drawn;
        assertThat(rows).as(chart).isNotEmpty();
        assertThat((List<?>) data.get("labels")).as(chart + " labels").isEqualTo(rows.stream().map(label).toList());
        assertThat(((List<?>) data.get("values")).stream().map(number -> decimal(number)).toList()).as(chart + " values")
                .isEqualTo(rows.stream().map(value).map(AnalyticsDashboardIT::decimal).toList());
    }

    private <T> List<T> api(String uri, Class<T> type) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBodyList(type).returnResult()
                .getResponseBody();
    }

    private static @Nullable Object script(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static String decimal(Object number) {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
