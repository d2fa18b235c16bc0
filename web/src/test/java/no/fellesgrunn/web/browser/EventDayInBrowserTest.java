package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.calendar.StrictIcs;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Issue 12's event day at desktop width (1280 px), on the demo's Bodø event: the organiser publishes
 * the matches through the confirmation dialog, sees that a plan breaking a hard rule (an over-full
 * table) cannot be published without a reason and publishes it with one, sees what mail the
 * publications sent, adds a brand-new walk-in at the door and solves again so they get seats; a
 * seated participant then downloads their .ics, which iCal4j (strict) and Biweekly read with Oslo
 * times from the file's own Europe/Oslo VTIMEZONE. axe-core on every page and open dialog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {"fellesgrunn.solver.scheduling-time-limit=3s", "fellesgrunn.solver.matching-time-limit=2s"})
class EventDayInBrowserTest extends WebIntegrationTest {
    private static final String ORGANISER = "eventday.organiser@ks.example";
    private static final String PASSWORD = "en lang og god setning";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

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

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(1280, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private UserAccount account(String username, Role role) {
        UserAccount account = UserAccount.create(username, username, passwordEncoder.encode(PASSWORD), Set.of(role));
        accounts.add(account);
        return account;
    }

    @Test
    void publishMatchesAndAnOverriddenPlanAddAWalkInAndReadTheIcsWithOsloTimes() throws Exception {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        UserAccount organiser = account(ORGANISER, Role.ORGANISER);
        Actor organiserActor = actors.save(
                Actor.create("Eva Eventdag", Email.of(ORGANISER), "1804").withUserAccount(organiser.id()), "test");
        Set<UUID> organisers = new HashSet<>(bodo.organisers());
        organisers.add(organiserActor.id());
        bodo = events.save(bodo.withOrganisers(organisers), "test");

        // A draft plan that breaks a hard rule: table 1 of round 1 holds more people than its seats.
        Round first = bodo.rounds().get(0);
        RoundTable table = bodo.tables().toList().get(0);
        List<Registration> taking = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart() && r.availableRounds().contains(first.id()))
                .toList();
        List<Seat> seats = new ArrayList<>();
        UUID challenge = bodo.challenges().get(0).challengeId();
        taking.stream()
                .limit(table.capacity() + 2L)
                .forEach(r -> seats.add(new Seat(r.actorId(), first.id(), table.id(), challenge, false)));
        plans.save(PlanVersion.draft(bodo.id(), 1, "solver", Instant.now(), null, seats), "test");
        // Two matches for the matching page.
        Instant now = Instant.now();
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
                                now),
                        Match.of(
                                bodo.id(),
                                seats.get(2).actorId(),
                                seats.get(3).actorId(),
                                0.7,
                                List.of(),
                                List.of("Ulike sektorer"),
                                now)));
        // The participant who will download the calendar file: seated, without a login so far.
        Actor seated = seats.stream()
                .map(s -> actors.findById(s.actorId()).orElseThrow())
                .filter(a -> a.userAccountId() == null)
                .findFirst()
                .orElseThrow();
        UserAccount participant = account(seated.email().value(), Role.PARTICIPANT);
        actors.save(seated.withUserAccount(participant.id()), "test");

        signIn(ORGANISER, "organiser-home-title");

        // 1. Publish the matches through the confirmation dialog.
        open("organiser/events/" + bodo.id() + "/matching", "matching-publish", "the matching page");
        click(By.id("matching-publish"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("matching-publish-confirm")));
        Accessibility.assertNoViolations(driver, "the matching publish dialog");
        // The dialog's content lives in its overlay: two matches reach four people, by mail.
        assertThat(driver.findElement(By.cssSelector("vaadin-dialog-overlay")).getText())
                .contains("4 personer");
        click(By.id("matching-publish-confirm"));
        wait.until(d -> d.findElement(By.id("matching-publication")).getText().startsWith("Publisert"));

        // 2. The plan breaks a hard rule: no publishing without a reason, then with one.
        open(
                "organiser/events/" + bodo.id() + "/seating",
                "seating-publish",
                "the seating page with an over-full table");
        click(By.id("seating-publish"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("seating-publish-reason")));
        Accessibility.assertNoViolations(driver, "the publish dialog of a plan that breaks a hard rule");
        assertThat(driver.findElement(By.id("seating-publish-broken")).getText())
                .isNotBlank();
        // vaadin-button is no form control: its state is the disabled attribute.
        assertThat(driver.findElement(By.id("seating-publish-confirm")).getAttribute("disabled"))
                .isNotNull();
        driver.findElement(By.cssSelector("#seating-publish-reason textarea"))
                .sendKeys("Ekstra stol ved bordet, avtalt med vertskapet");
        wait.until(d -> d.findElement(By.id("seating-publish-confirm")).getAttribute("disabled") == null);
        click(By.id("seating-publish-confirm"));
        wait.until(d -> plans.findPublished(bodo().id()).isPresent());
        assertThat(plans.findPublished(bodo().id()).orElseThrow().status()).isEqualTo(PlanStatus.PUBLISHED);

        // 3. What mail the event sent: one entry per publication.
        open("organiser/events/" + bodo.id() + "/mail", "event-nav-mail", "the event's mail page");
        wait.until(d -> d.findElements(By.className("mail-log-entry")).size() == 2);
        assertThat(driver.findElements(By.className("mail-log-heading")).get(0).getText())
                .contains("Bordplassering versjon 1");

        // 4. A brand-new person at the door, then a solve that seats them.
        open("organiser/events/" + bodo.id() + "/seating", "seating-publish", "the seating page after publishing");
        click(By.cssSelector("#seating-change vaadin-details-summary"));
        click(By.id("walk-in-open"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("walk-in-save")));
        Accessibility.assertNoViolations(driver, "the walk-in dialog");
        type(By.cssSelector("#walk-in-name input"), "Vera Walkin");
        type(By.cssSelector("#walk-in-email input"), "vera.walkin@example.no");
        click(By.id("walk-in-save"));
        wait.until(d -> d.findElements(By.id("walk-in-dialog")).isEmpty()
                || !d.findElement(By.id("walk-in-dialog")).isDisplayed());
        UUID vera = wait.until(d -> actors.findByEmail(Email.of("vera.walkin@example.no"))
                .map(Actor::id)
                .orElse(null));
        wait.until(d -> registrations.findByEventAndActor(bodo().id(), vera).isPresent());
        click(By.id("seating-solve"));
        new WebDriverWait(driver, Duration.ofSeconds(240)).until(d -> plans.findByEvent(bodo().id()).stream()
                .anyMatch(p -> p.status() == PlanStatus.DRAFT
                        && p.seats().stream().anyMatch(s -> s.actorId().equals(vera))));

        // 5. A seated participant's calendar file, fetched by their own browser session.
        driver.manage().deleteAllCookies();
        signIn(seated.email().value(), "participant-page-title");
        open("me/schedule", "schedule-ics", "my schedule");
        String href = driver.findElement(By.id("schedule-ics")).getAttribute("href");
        // The exact bytes, in the participant's own session (a string through the browser loses the CRLF line folding).
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        String ics = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR");
        Instant expected = first.start().atZone(OSLO).toInstant();

        Calendar strict = StrictIcs.parse(ics.getBytes(StandardCharsets.UTF_8));
        assertThat(strict.getComponents("VTIMEZONE").stream()
                        .map(c -> c.getProperty(Property.TZID).orElseThrow().getValue()))
                .containsExactly("Europe/Oslo");
        assertThat(StrictIcs.tzidsUsed(strict)).containsExactly("Europe/Oslo");
        assertThat(strict.getComponents("VEVENT").stream()
                        .map(VEvent.class::cast)
                        .map(e -> ZonedDateTime.from(e.getDateTimeStart().getDate())
                                .toInstant()))
                .contains(expected);

        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        biweekly.ICalendar independent =
                biweekly.Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(independent.getEvents()).anySatisfy(e -> {
            assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(expected);
            assertThat(independent
                            .getTimezoneInfo()
                            .getTimezone(e.getDateStart())
                            .getComponent()
                            .getTimezoneId()
                            .getValue())
                    .isEqualTo("Europe/Oslo");
        });
    }

    private RegionalEvent bodo() {
        return events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
    }

    private void signIn(String username, String landingId) {
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(PASSWORD);
        click(By.cssSelector("vaadin-login-form vaadin-button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(landingId)));
    }

    private void open(String path, String waitForId, String page) {
        driver.get("http://localhost:" + port + "/" + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
        Accessibility.assertNoViolations(driver, page + " at 1280 px");
    }

    private void click(By target) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElement(target);
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                });
    }

    private void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.sendKeys(text);
        element.sendKeys(org.openqa.selenium.Keys.TAB);
    }
}
