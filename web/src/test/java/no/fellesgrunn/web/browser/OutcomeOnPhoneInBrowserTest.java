package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
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
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.web.outcome.OutcomeFixture;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
import no.fellesgrunn.web.testsupport.BrowserActions;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 18's browser test: at phone width (390 px) the challenge's host records what the table
 * found and a next step, and confirms it; the event's organiser then sees the step on the
 * follow-up board and goes from the board to the outcome and back. axe-core (no violation of any
 * impact) on every page on the way, and no page scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutcomeOnPhoneInBrowserTest extends WebIntegrationTest {
    private static final String PASSWORD = "en lang og god setning";
    private static final String ORGANISER = "outcome.organiser@ks.example";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    ActorRepository actors;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    TableOutcomeRepository outcomes;

    @Autowired
    PasswordEncoder passwordEncoder;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browser.start(390, 844);
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private UserAccount account(String username, Role role) {
        return accounts.findByUsername(username).orElseGet(() -> {
            UserAccount created =
                    UserAccount.create(username, username, passwordEncoder.encode(PASSWORD), Set.of(role));
            accounts.add(created);
            return created;
        });
    }

    @Test
    void theHostRecordsATableOutcomeOnAPhoneAndTheOrganiserSeesItOnTheFollowUpBoard() throws Exception {
        OutcomeFixture f = OutcomeFixture.create(context, this::account);
        // An organiser of Bodø whose password the test knows.
        UserAccount organiser = account(ORGANISER, Role.ORGANISER);
        Actor organiserActor = actors.save(
                Actor.create("Olga Oppfølging", Email.of(ORGANISER), "1804").withUserAccount(organiser.id()), "test");
        RegionalEvent bodo = events.findById(f.bodo().id()).orElseThrow();
        Set<UUID> organisers = new HashSet<>(bodo.organisers());
        organisers.add(organiserActor.id());
        events.save(bodo.withOrganisers(organisers), "test");

        // The host's tables, then table 1 of round 1.
        signIn(f.host().email().value());
        open("/me/tables", "participant-page-title", "my tables");
        click(By.cssSelector(".my-table-link"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-form")));
        Accessibility.assertNoViolations(driver, "the table outcome form at phone width");
        assertNoSidewaysScrolling("the table outcome form");

        type(By.cssSelector("#outcome-commonThird textarea"), "Ensomhet blant eldre som bor alene");
        type(By.cssSelector("#outcome-ideas textarea"), "Besøksvenner fra skolen");
        type(By.cssSelector("#outcome-step-what-1 input"), "Kartlegge frivillige besøksvenner");
        click(By.id("outcome-step-owner-1"));
        // The first person offered in the opened list (hidden items of closed lists do not count).
        WebElement person = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        person.click();
        wait.until(d -> !d.findElement(By.id("outcome-step-owner-1")).getText().isBlank()
                || d.findElement(By.id("outcome-step-owner-1")).getAttribute("value") != null);
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(21);
        setValue("outcome-step-due-1", due.toString());
        screenshot("form");
        click(By.id("outcome-save"));
        waitForStatus("Lagret");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-confirm")));
        Accessibility.assertNoViolations(driver, "the recorded outcome at phone width");
        click(By.id("outcome-confirm"));
        wait.until(d -> outcomes.find(
                        f.bodo().id(), f.table1().roundId(), f.table1().tableId())
                .map(TableOutcome::confirmed)
                .orElse(false));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-reading")));
        Accessibility.assertNoViolations(driver, "the confirmed outcome at phone width");
        assertNoSidewaysScrolling("the confirmed outcome");
        screenshot("confirmed");
        TableOutcome stored = outcomes.find(
                        f.bodo().id(), f.table1().roundId(), f.table1().tableId())
                .orElseThrow();
        assertThat(stored.findings().commonThird()).isEqualTo("Ensomhet blant eldre som bor alene");
        assertThat(stored.steps()).singleElement().satisfies(s -> assertThat(s.due())
                .isEqualTo(due));

        // The organiser, on the same phone: the follow-up board lists the step; its line opens the
        // outcome, which links back to the board.
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(ORGANISER);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(PASSWORD);
        click(By.cssSelector("vaadin-login-form vaadin-button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organiser-home-title")));
        open("/organiser/follow-up", "followup-title", "the follow-up board");
        wait.until(d -> d.findElement(By.id("followup-grid")).getText().contains("Kartlegge frivillige besøksvenner"));
        assertThat(driver.findElement(By.id("followup-grid")).getText())
                .contains(f.challenge().title());
        screenshot("board");
        click(By.cssSelector("#followup-grid a[href^='tables/']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-to-board")));
        Accessibility.assertNoViolations(driver, "the outcome as the organiser reads it at phone width");
        click(By.id("outcome-to-board"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followup-title")));
    }

    private void open(String path, String waitForId, String page) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
        Accessibility.assertNoViolations(driver, page + " at phone width");
        assertNoSidewaysScrolling(page);
    }

    private void assertNoSidewaysScrolling(String page) {
        Object wide = ((JavascriptExecutor) driver)
                .executeScript(
                        "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        assertThat(wide).as(page + " scrolls sideways at 390 px").isEqualTo(Boolean.FALSE);
    }

    private void signIn(String username) {
        actions().signInParticipant("http://localhost:" + port, username, PASSWORD);
    }

    private void waitForStatus(String text) {
        actions().waitForStatus(text);
    }

    private void click(By target) {
        actions().click(target);
    }

    private void type(By field, String text) {
        actions().type(field, text);
    }

    private void setValue(String id, String value) {
        actions().setValue(id, value);
    }

    private BrowserActions actions() {
        return new BrowserActions(driver, wait);
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve("outcome-phone-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
