package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.i18n.LanguageChecks;
import no.fellesgrunn.web.testsupport.Browser;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The all-views language check of {@code AllViewsSpeakTest} in a real browser, for the main pages
 * of each workspace in bokmål, nynorsk and English: what the page shows ({@code innerText} of the
 * body, as a person reads it, and the document title) has no key, UUID, ISO timestamp, theme key,
 * and in nynorsk no bokmål-only word; the page's {@code lang} is the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguagesInBrowserTest extends WebIntegrationTest {
    private static final String ORGANISER = "languages.organiser@ks.example";
    private static final String PASSWORD = "riktig-passord-789";

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
    JdbcTemplate jdbc;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private RegionalEvent bodo;
    private String participant;

    @BeforeEach
    void people() {
        driver = Browser.start(1280, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        UserAccount organiser =
                UserAccount.create(ORGANISER, "Lise Språk", passwordEncoder.encode(PASSWORD), Set.of(Role.ORGANISER));
        accounts.add(organiser);
        Actor organiserActor = actors.save(
                Actor.create("Lise Språk", Email.of(ORGANISER), "1804").withUserAccount(organiser.id()), "test");
        RegionalEvent event = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        Set<UUID> organisers = new HashSet<>(event.organisers());
        organisers.add(organiserActor.id());
        bodo = events.save(event.withOrganisers(organisers), "test");
        // A registered Bodø participant gets a login with a known password.
        Actor registered = registrations.findByEvent(bodo.id()).stream()
                .map(r -> actors.findById(r.actorId()).orElseThrow())
                .filter(a -> a.userAccountId() == null)
                .findFirst()
                .orElseThrow();
        UserAccount account = UserAccount.create(
                registered.email().value(),
                registered.name(),
                passwordEncoder.encode(PASSWORD),
                Set.of(Role.PARTICIPANT));
        accounts.add(account);
        actors.save(registered.withUserAccount(account.id()), "test");
        participant = account.username();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theMainPagesOfEachWorkspaceSpeakTheReadersLanguage() {
        List<String> typed = LanguageChecks.typedTexts(jdbc);
        List<String> found = new ArrayList<>();
        for (Locale language : FellesgrunnI18NProvider.LOCALES) {
            driver.manage().deleteAllCookies();
            driver.get(url("login"));
            driver.manage().addCookie(new Cookie("fellesgrunn-lang", language.toLanguageTag()));
            found.addAll(read("login", language, typed));
            found.addAll(read("privacy", language, typed));
            found.addAll(read("no-such-page", language, typed));

            signIn(ORGANISER);
            for (String page : List.of(
                    "organiser",
                    "organiser/events/" + bodo.id() + "/details",
                    "organiser/events/" + bodo.id() + "/participants",
                    "organiser/events/" + bodo.id() + "/matching",
                    "organiser/events/" + bodo.id() + "/seating",
                    "organiser/events/" + bodo.id() + "/dashboard")) {
                found.addAll(read(page, language, typed));
            }
            driver.manage().deleteAllCookies();
            driver.get(url("login"));
            driver.manage().addCookie(new Cookie("fellesgrunn-lang", language.toLanguageTag()));
            signIn(participant);
            for (String page : List.of("me", "me/profile", "me/matches", "me/schedule", "me/chats")) {
                found.addAll(read(page, language, typed));
            }
        }
        assertThat(found).isEmpty();
    }

    /** Opens the page, waits until Vaadin has drawn it, and checks what it shows. */
    private List<String> read(String page, Locale language, List<String> typed) {
        driver.get(url(page));
        wait.until(d -> !d.findElements(By.cssSelector("h1, h2")).isEmpty()
                && d.findElements(By.cssSelector(".v-loading-indicator[style*='display: block']"))
                        .isEmpty());
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals(language.getLanguage()));
        String shown = driver.findElement(By.tagName("body")).getText() + "\n" + driver.getTitle();
        List<String> problems = new ArrayList<>();
        for (String line : shown.split("\\R")) {
            LanguageChecks.problems(line, language, typed)
                    .forEach(problem ->
                            problems.add(language.getLanguage() + " " + page + ": " + problem + " in «" + line + "»"));
        }
        return problems;
    }

    private void signIn(String username) {
        driver.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
