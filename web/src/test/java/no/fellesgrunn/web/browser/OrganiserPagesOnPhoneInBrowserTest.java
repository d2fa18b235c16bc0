package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
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
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 12 item 8 at phone width (390 px): the demo's Bodø event as its organiser sees it, every
 * organiser page and the main dialogs one click away. On each: axe-core (no violation of any
 * impact), no sideways scrolling, and the page's primary action buttons lie within the viewport.
 * One browser session, one sign-in, no solver run: the test stores a draft plan and two matches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserPagesOnPhoneInBrowserTest extends WebIntegrationTest {
    private static final String ORGANISER = "phone.organiser@ks.example";
    private static final String PASSWORD = "en lang og god setning";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** An event page: its path under the event, and the ids of the buttons that must be reachable. */
    private record Page(String section, List<String> actions) {}

    private static final List<Page> EVENT_PAGES = List.of(
            new Page("details", List.of()),
            new Page("challenges", List.of()),
            new Page("participants", List.of("participants-invite-all")),
            new Page("dashboard", List.of()),
            new Page("matching", List.of("matching-start", "matching-stop", "matching-publish")),
            new Page("seating", List.of("seating-solve", "seating-stop", "seating-publish")),
            new Page("outputs", List.of()),
            new Page("checkin", List.of()),
            new Page("mail", List.of()));

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
    RegistrationRepository registrations;

    @Autowired
    PlanRepository plans;

    private final List<String> findings = new ArrayList<>();
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browser.start(390, 844); // a real 390 px: Browser overrides the device metrics below 500
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyOrganiserPageAndMainDialogIsAccessibleAndReachableOnAPhone() throws Exception {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        UserAccount organiser =
                UserAccount.create(ORGANISER, ORGANISER, passwordEncoder.encode(PASSWORD), Set.of(Role.ORGANISER));
        accounts.add(organiser);
        Actor organiserActor = actors.save(
                Actor.create("Petra Telefon", Email.of(ORGANISER), "1804").withUserAccount(organiser.id()), "test");
        Set<UUID> organisers = new HashSet<>(bodo.organisers());
        organisers.add(organiserActor.id());
        bodo = events.save(bodo.withOrganisers(organisers), "test");

        // The demo has no plan and no matches: a draft plan (table 1 of round 1, full) and two
        // matches, so the board, its move dialog and both publish dialogs are there to check.
        Round first = bodo.rounds().get(0);
        RoundTable table = bodo.tables().toList().get(0);
        UUID challenge = bodo.challenges().get(0).challengeId();
        List<Seat> seats = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart() && r.availableRounds().contains(first.id()))
                .limit(table.capacity())
                .map(r -> new Seat(r.actorId(), first.id(), table.id(), challenge, false))
                .toList();
        plans.save(PlanVersion.draft(bodo.id(), 1, "solver", Instant.now(), null, seats), "test");
        plans.replaceMatches(
                bodo.id(),
                List.of(
                        Match.of(
                                bodo.id(),
                                seats.get(0).actorId(),
                                seats.get(1).actorId(),
                                0.8,
                                List.of(),
                                List.of("Ulike sektorer"),
                                Instant.now()),
                        Match.of(
                                bodo.id(),
                                seats.get(2).actorId(),
                                seats.get(3).actorId(),
                                0.7,
                                List.of(),
                                List.of("Ulike sektorer"),
                                Instant.now())));

        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(ORGANISER);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(PASSWORD);
        click(By.cssSelector("vaadin-login-form vaadin-button"));

        assertThat(js("return window.innerWidth;")).as("the viewport's width").isEqualTo(390L);
        // The events list, and its new-event dialog.
        open("organiser", "organiser-home-title", "the organiser's events list", List.of("new-event"));
        click(By.id("new-event"));
        dialog("new-event-create", "the new-event dialog", List.of("new-event-create"));

        String event = "organiser/events/" + bodo.id() + "/";
        for (Page page : EVENT_PAGES) {
            open(
                    event + page.section(),
                    "event-nav-" + page.section(),
                    "the " + page.section() + " page",
                    page.actions());
        }

        // Dialogs one click away: adding tables on the details page, on-behalf editing, a walk-in.
        open(event + "details", "table-add-many", "the details page", List.of("table-add-many"));
        open(event + "participants", "participants-grid", "the participants page", List.of());
        click(By.cssSelector("#participants-grid vaadin-button"));
        dialog("onbehalf-save", "the on-behalf dialog", List.of("onbehalf-save", "onbehalf-cancel"));
        open(event + "seating", "seating-publish", "the seating page", List.of());
        click(By.cssSelector("#seating-change vaadin-details-summary"));
        click(By.id("walk-in-open"));
        dialog("walk-in-save", "the walk-in dialog", List.of("walk-in-save"));
        open(event + "seating", "seating-publish", "the seating page with a draft plan", List.of());
        click(By.cssSelector(".move-button"));
        dialog("move-save", "the move dialog", List.of("move-save"));
        open(event + "seating", "seating-publish", "the seating page with a draft plan", List.of());
        click(By.id("seating-publish"));
        dialog("seating-publish-confirm", "the plan's publish dialog", List.of("seating-publish-confirm"));
        open(event + "matching", "matching-publish", "the matching page with matches", List.of());
        click(By.id("matching-publish"));
        dialog("matching-publish-confirm", "the matches' publish dialog", List.of("matching-publish-confirm"));

        open("organiser/follow-up", "followup-title", "the follow-up board", List.of());
        assertThat(findings).as(String.join("\n\n", findings)).isEmpty();
    }

    private void open(String path, String waitForId, String page, List<String> actions) throws Exception {
        driver.get("http://localhost:" + port + "/" + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
        check(page, actions);
    }

    private void dialog(String waitForId, String name, List<String> actions) throws Exception {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
        check(name, actions);
        // Nor does the dialog's own content scroll sideways (a form wider than the dialog).
        Object wide = js("const o = document.querySelector('vaadin-dialog-overlay[opened]');"
                + " const c = o && o.shadowRoot && o.shadowRoot.querySelector('[part~=content]');"
                + " return c ? c.scrollWidth > c.clientWidth : 'no dialog content';");
        if (!Boolean.FALSE.equals(wide)) {
            findings.add(name + " scrolls sideways inside the dialog at 390 px: " + wide);
        }
    }

    /** Every page is checked; the findings of all of them are reported together at the end. */
    private void check(String page, List<String> actions) throws Exception {
        try {
            checkNow(page, actions);
        } catch (AssertionError finding) {
            findings.add(finding.getMessage());
        }
    }

    private void checkNow(String page, List<String> actions) throws Exception {
        Files.write(
                SCREENSHOTS.resolve("organiser-phone-" + page.replaceAll("[^a-z-]+", "-") + ".png"),
                driver.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoViolations(driver, page + " at phone width");
        Object wide = js("return document.scrollingElement.scrollWidth > window.innerWidth;");
        assertThat(wide).as(page + " scrolls sideways at 390 px").isEqualTo(Boolean.FALSE);
        for (String id : actions) {
            Object right = js(
                    "const e = document.getElementById(arguments[0]); return e ? e.getBoundingClientRect().right : -1;",
                    id);
            double r = ((Number) right).doubleValue();
            Object inner = js("return window.innerWidth;");
            assertThat(r).as(page + ": button " + id + " is on the page").isPositive();
            assertThat(r)
                    .as(page + ": button " + id + " lies within the 390 px viewport")
                    .isLessThanOrEqualTo(((Number) inner).doubleValue());
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void click(By target) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElement(target);
                    js("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                });
    }
}
