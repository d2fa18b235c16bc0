package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChatStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.invitation.InvitationTarget;
import no.fellesgrunn.web.invitation.InvitationTokens;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
import no.fellesgrunn.web.testsupport.BrowserActions;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * The participant's whole path in a real Chromium at phone width: open an invitation link,
 * create the login, register for the event, see the matches, invite a match to a coffee chat,
 * accept it as the other participant, record next steps, download the schedule's calendar file;
 * axe-core checks every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(no.fellesgrunn.web.testsupport.TestClock.class)
class ParticipantPathInBrowserTest extends WebIntegrationTest {
    private static final String PASSWORD = "en lang og god setning";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    InvitationTokens invitations;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    ActorRepository actors;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    PlanRepository plans;

    @Autowired
    no.fellesgrunn.domain.plan.MatchReviewRepository matchReviews;

    @Autowired
    CoffeeChatRepository chats;

    @Autowired
    PasswordEncoder passwordEncoder;
    /** The application's clock: the agreed coffee-chat time is made to pass, not agreed in the past. */
    @Autowired
    no.fellesgrunn.web.security.AdjustableClock clock;

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

    @Test
    void fromInvitationLinkToNextStepsAndACalendarFile() throws Exception {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        // The other participant: a registered Bodø actor who gets a login with a known password.
        Actor other = registrations.findByEvent(bodo.id()).stream()
                .map(r -> actors.findById(r.actorId()).orElseThrow())
                .filter(a -> a.userAccountId() == null)
                .findFirst()
                .orElseThrow();
        UserAccount otherAccount = UserAccount.create(
                other.email().value(), other.name(), passwordEncoder.encode(PASSWORD), Set.of(Role.PARTICIPANT));
        accounts.add(otherAccount);
        actors.save(other.withUserAccount(otherAccount.id()), "test");

        // 1. The invitation link: create the login.
        String token = invitations.create(new InvitationTarget(bodo.id(), null, "nora.ny@example.no"));
        open("/invitation/" + token, "participant-page-title", "the invitation page");
        type(By.cssSelector("#invitation-name input"), "Nora Ny");
        WebElement municipality = driver.findElement(By.cssSelector("#invitation-municipality input"));
        municipality.sendKeys("Bodø");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        municipality.sendKeys(Keys.ARROW_DOWN);
        municipality.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("#invitation-municipality input"), "value", "Bodø"));
        type(By.cssSelector("#invitation-password input"), PASSWORD);
        click(By.id("invitation-create"));
        waitForStatus("Kontoen er opprettet");
        Accessibility.assertNoViolations(driver, "the invitation page after creating the account");

        // 2. Sign in and register for the event.
        signIn("nora.ny@example.no");
        screenshot("start");
        Accessibility.assertNoViolations(driver, "the participant start page");
        click(By.id("home-register"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-save")));
        screenshot("profile");
        Accessibility.assertNoViolations(driver, "the profile and registration page");
        Actor nora = actors.findByEmail(no.fellesgrunn.domain.actor.Email.of("nora.ny@example.no"))
                .orElseThrow();
        click(By.cssSelector(".registration-submit"));
        waitForStatus("Påmeldingen til");
        screenshot("after-register");
        assertThat(registrations.findByEventAndActor(bodo.id(), nora.id())).isPresent();

        // The organisers run the solvers and publish: seats and a match for Nora.
        var round = bodo.rounds().get(0);
        var table = bodo.rooms().get(0).tables().get(0);
        plans.save(
                PlanVersion.draft(
                                bodo.id(),
                                1,
                                "solver",
                                Instant.now(),
                                null,
                                List.of(
                                        new Seat(
                                                nora.id(),
                                                round.id(),
                                                table.id(),
                                                bodo.challenges().get(0).challengeId(),
                                                false),
                                        new Seat(
                                                other.id(),
                                                round.id(),
                                                table.id(),
                                                bodo.challenges().get(0).challengeId(),
                                                false)))
                        .publish("organiser", Instant.now()),
                "organiser");
        plans.replaceMatches(
                bodo.id(),
                List.of(Match.of(
                        bodo.id(),
                        nora.id(),
                        other.id(),
                        0.8,
                        List.of("ensomhet"),
                        List.of("Dere deler temaet ensomhet"),
                        Instant.now())));
        matchReviews.publish(new no.fellesgrunn.domain.plan.MatchPublication(bodo.id(), "organiser", Instant.now(), 1));

        // 3. My matches; invite the match to a coffee chat.
        open("/me/matches", "participant-page-title", "my matches");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(other.name())
                .contains("Dere deler temaet ensomhet");
        screenshot("matches");
        click(By.cssSelector(".invite-match"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-send")));
        Accessibility.assertNoViolations(driver, "the new coffee chat page");
        type(By.cssSelector("#chat-pitch textarea"), "Vi jobber begge med ensomhet blant eldre.");
        LocalDate day = LocalDate.now().plusDays(10);
        setValue("chat-time-1", day + "T10:00");
        setValue("chat-time-2", day.plusDays(1) + "T14:00");
        type(By.cssSelector("#chat-place input"), "Stormen bibliotek");
        screenshot("new-chat");
        click(By.id("chat-send"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-status")));
        Accessibility.assertNoViolations(driver, "the coffee chat page (proposed)");
        CoffeeChat chat = chats.findByActor(nora.id()).get(0);

        // 4. The other participant accepts a time.
        driver.manage().deleteAllCookies();
        signIn(other.email().value());
        open("/me/chats", "participant-page-title", "my coffee chats");
        click(By.cssSelector(".open-chat"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-choose-time")));
        click(By.cssSelector("#chat-choose-time vaadin-radio-button"));
        screenshot("answer-chat");
        click(By.id("chat-accept"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-agreed-at")));
        Accessibility.assertNoViolations(driver, "the coffee chat page (agreed)");
        assertThat(chats.findById(chat.id()).orElseThrow().status()).isEqualTo(CoffeeChatStatus.AGREED);

        // 5. After the chat (the clock moves to an hour after the agreed time): summary and a next step.
        java.time.Instant before = clock.instant();
        clock.set(chats.findById(chat.id())
                .orElseThrow()
                .scheduledAt()
                .plusHours(1)
                .atZone(java.time.ZoneId.of("Europe/Oslo"))
                .toInstant());
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-summary")));
        type(By.cssSelector("#chat-summary textarea"), "Vi har et felles tredje: ensomhet blant eldre.");
        type(By.cssSelector("#step-what-1 input"), "Invitere pensjonistforeningen");
        setValue("step-due-1", day.plusDays(20).toString());
        screenshot("summary");
        click(By.id("chat-save-summary"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-understanding")));
        Accessibility.assertNoViolations(driver, "the coffee chat page (held)");
        CoffeeChat held = chats.findById(chat.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(CoffeeChatStatus.HELD);
        clock.set(before);
        assertThat(held.nextSteps()).extracting(s -> s.what()).containsExactly("Invitere pensjonistforeningen");
        open("/me", "participant-page-title", "the start page with a next step");
        assertThat(driver.findElement(By.id("home-steps")).getText()).contains("Invitere pensjonistforeningen");

        // 6. My schedule and its calendar file, fetched by the browser in its own session.
        open("/me/schedule", "participant-page-title", "my schedule");
        screenshot("schedule");
        String href = driver.findElement(By.id("schedule-ics")).getAttribute("href");
        Object ics = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                        href);
        assertThat((String) ics)
                .startsWith("BEGIN:VCALENDAR")
                .contains("TZID=Europe/Oslo")
                .contains("Kaffeprat med Nora Ny");
        open("/me/schedule/print", "participant-page-title", "the printable schedule");
        open("/me/data", "participant-page-title", "my data");
        screenshot("data");
        open("/outbox", "participant-page-title", "the outbox");
    }

    private void open(String path, String waitForId, String page) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
        Accessibility.assertNoViolations(driver, page + " at phone width");
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
        Files.write(SCREENSHOTS.resolve("participant-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
