package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * One whole path in a real browser: an organiser signs in, opens the demo event's seating page,
 * runs matching, runs the scheduler, moves a person, pins a seat, solves again, publishes and
 * downloads the table cards; axe-core checks every page on the way (matching, seating, the move
 * dialog, outputs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {"fellesgrunn.solver.scheduling-time-limit=3s", "fellesgrunn.solver.matching-time-limit=2s"})
class SeatingInBrowserTest extends WebIntegrationTest {
    private static final String USERNAME = "seating.organiser@ks.example";
    private static final String PASSWORD = "riktig-passord-456";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ActorRepository actors;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    PlanRepository plans;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private RegionalEvent bodo;

    @BeforeEach
    void organiserOfBodo() {
        driver = Browser.start(1280, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        UserAccount account = UserAccount.create(
                USERNAME, "Sigrid Seating", passwordEncoder.encode(PASSWORD), Set.of(Role.ORGANISER));
        accounts.add(account);
        Actor actor = actors.save(
                Actor.create("Sigrid Seating", Email.of(USERNAME), "1804").withUserAccount(account.id()), "test");
        RegionalEvent event = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        Set<UUID> organisers = new HashSet<>(event.organisers());
        organisers.add(actor.id());
        bodo = events.save(event.withOrganisers(organisers), "test");
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private WebElement byId(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    }

    /** Clicks like a person who scrolled to the element first. */
    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Finds and clicks again if the page re-rendered the element in between (after a server round trip). */
    private void clickWhenReady(java.util.function.Supplier<WebElement> find) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(java.util.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    click(find.get());
                    return true;
                });
    }

    /** Keeps a screenshot in target/screenshots for people reviewing the pages. */
    private void screenshot(String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(
                dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** A solve ends within its time limit, but on a loaded 2-core machine starting it can take a while: wait longer. */
    private void waitForPlanText(String start) {
        new WebDriverWait(driver, Duration.ofSeconds(180))
                .until(d -> d.findElement(By.id("seating-plan")).getText().startsWith(start));
    }

    @Test
    void anOrganiserSchedulesMovesPinsSolvesAgainPublishesAndDownloadsTheTableCards() throws Exception {
        driver.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(USERNAME);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organiser-home-title")));

        // The matching page, before anything ran.
        driver.get(url("organiser/events/" + bodo.id() + "/matching"));
        byId("matching-start");
        Accessibility.assertNoViolations(driver, "the matching page");
        screenshot("matching-empty");
        // Run matching and check the page with its grid of matches and buttons.
        clickWhenReady(() -> driver.findElement(By.id("matching-start")));
        wait.until(d -> d.findElement(By.id("matching-status")).getText().startsWith("Ferdig"));
        wait.until(d -> d.findElement(By.id("matching-summary")).getText().contains("matcher:"));
        Accessibility.assertNoViolations(driver, "the matching page with matches");
        screenshot("matching-results");

        // The seating page: run the scheduler and watch it finish.
        driver.get(url("organiser/events/" + bodo.id() + "/seating"));
        waitForPlanText("Ingen bordplassering ennå");
        Accessibility.assertNoViolations(driver, "the seating page without a plan");
        byId("seating-solve").click();
        wait.until(d -> d.findElement(By.id("seating-status")).getText().startsWith("Løser")
                || d.findElement(By.id("seating-status")).getText().startsWith("Ferdig"));
        waitForPlanText("Utkast versjon 1");
        assertThat(driver.findElements(By.className("table-card"))).hasSize(12);
        Accessibility.assertNoViolations(driver, "the seating page with a plan");
        screenshot("seating-draft");

        // Move the last person of round 1 to the second table.
        clickWhenReady(() -> {
            List<WebElement> all = driver.findElements(By.cssSelector("vaadin-button.move-button"));
            return all.get(all.size() - 1);
        });
        byId("move-table").findElement(By.tagName("input")).click();
        List<WebElement> options = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("vaadin-combo-box-overlay[opened] vaadin-combo-box-item"), 1));
        options.get(1).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("vaadin-combo-box-overlay[opened]"), 0));
        Accessibility.assertNoViolations(driver, "the move dialog");
        screenshot("seating-move-dialog");
        byId("move-save").click();
        wait.until(d -> d.findElements(By.id("seating-move-dialog")).isEmpty()
                || !d.findElement(By.id("seating-move-dialog")).isDisplayed());
        wait.until(d -> plans.findByEvent(bodo.id()).get(0).seats().stream().anyMatch(Seat::pinned));
        Seat moved = plans.findByEvent(bodo.id()).get(0).seats().stream()
                .filter(Seat::pinned)
                .findFirst()
                .orElseThrow();
        assertThat(moved.tableId()).isEqualTo(bodo.tables().toList().get(1).id());

        // Pin someone else.
        wait.until(d -> d.findElements(By.cssSelector("vaadin-button.pin-button")).stream()
                .anyMatch(b -> b.getText().equals("Lås")));
        clickWhenReady(() -> driver.findElements(By.cssSelector("vaadin-button.pin-button")).stream()
                .filter(b -> b.getText().equals("Lås"))
                .findFirst()
                .orElseThrow());
        wait.until(d -> plans.findByEvent(bodo.id()).get(0).seats().stream()
                        .filter(Seat::pinned)
                        .count()
                == 2);

        // Solve again keeping the pins, then publish.
        clickWhenReady(() -> driver.findElement(By.id("seating-solve")));
        waitForPlanText("Utkast versjon 2");
        assertThat(plans.findByEvent(bodo.id()).get(1).seats()).contains(moved);
        clickWhenReady(() -> driver.findElement(By.id("seating-publish")));
        // The confirmation dialog: a plan that breaks a hard rule needs a reason before it can be published.
        wait.until(d -> !d.findElements(By.id("seating-publish-confirm")).isEmpty());
        Accessibility.assertNoViolations(driver, "the publish dialog");
        if (!driver.findElements(By.id("seating-publish-reason")).isEmpty()) {
            driver.findElement(By.cssSelector("#seating-publish-reason textarea"))
                    .sendKeys("Testen publiserer likevel");
        }
        clickWhenReady(() -> driver.findElement(By.id("seating-publish-confirm")));
        waitForPlanText("Publisert versjon 2");
        assertThat(plans.findPublished(bodo.id()).orElseThrow().status()).isEqualTo(PlanStatus.PUBLISHED);

        // Outputs: download the table cards as the signed-in organiser.
        driver.get(url("organiser/events/" + bodo.id() + "/outputs"));
        WebElement cards = byId("download-table-cards");
        Accessibility.assertNoViolations(driver, "the outputs page");
        screenshot("outputs");
        String href = cards.getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(12);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                .contains("Bord ")
                .contains("Runde 1")
                .contains("Publisert plan, versjon 2");
    }
}
