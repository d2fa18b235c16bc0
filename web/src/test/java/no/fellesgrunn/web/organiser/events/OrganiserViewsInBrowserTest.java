package no.fellesgrunn.web.organiser.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every organiser page of part A in headless Chromium, signed in as the demo organiser of Bodø,
 * checked with axe-core (WCAG 2.1 A/AA, no serious or critical violation).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserViewsInBrowserTest extends WebIntegrationTest {
    private static final String PASSWORD = "nettleser-passord-123";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    no.fellesgrunn.domain.actor.ActorRepository actors;

    @Autowired
    no.fellesgrunn.domain.registration.RegistrationRepository registrations;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(1280, 1400);
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void eachOrganiserPageOpensForTheDemoOrganiserAndPassesAxe() {
        // The demo organiser's first password is printed once at start; the test gives it a known one.
        UserAccount organiser = accounts.findByRole(Role.ORGANISER).stream()
                .filter(a ->
                        SignedIn.as(users, a.username(), organiserEvents::mine).size() == 1)
                .findFirst()
                .orElseThrow();
        new JdbcTemplate(dataSource)
                .update(
                        "update user_account set password_hash = ? where id = ?",
                        passwordEncoder.encode(PASSWORD),
                        organiser.id());
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();

        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(organiser.username());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(PASSWORD, Keys.ENTER);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("events-grid")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-link-" + bodo.id())));
        Accessibility.assertNoViolations(driver, "the organiser's events");
        screenshot("events");
        assertEventsListAligned();

        page(EventSection.DETAILS, bodo, "editor-name");
        page(EventSection.CHALLENGES, bodo, "challenges-grid");
        page(EventSection.PARTICIPANTS, bodo, "participants-grid");
        // The export link works in the signed-in session (the download goes through the secured service).
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object csv = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('participants-export-csv').href, {credentials: 'same-origin'})"
                + ".then(r => r.text()).then(done).catch(e => done('failed: ' + e));");
        assertThat(String.valueOf(csv)).startsWith("name;email;").contains("@");
        page(EventSection.DASHBOARD, bodo, "chart-sector-mix-table");

        // The form dialogs too: the challenge form and the on-behalf editor.
        open(EventSection.CHALLENGES, bodo, "challenges-new");
        driver.findElement(By.id("challenges-new")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("challenge-title")));
        Accessibility.assertNoViolations(driver, "the new-challenge form");
        screenshot("challenge-form");

        // The on-behalf editor, reached with the keyboard alone: Enter on a focused button opens it.
        open(EventSection.PARTICIPANTS, bodo, "participants-grid");
        WebElement edit = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='participants-grid']//vaadin-button[normalize-space(.)='Endre']")));
        ((ChromeDriver) driver).executeScript("arguments[0].focus()", edit);
        edit.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("onbehalf-needs")));
        Accessibility.assertNoViolations(driver, "the on-behalf editor");
        screenshot("onbehalf");
        driver.findElement(By.id("onbehalf-cancel")).click();

        // The whole profile of someone in the organiser's care (no login, only this event).
        var per = actors.save(
                no.fellesgrunn.domain.actor.Actor.create(
                        "Per Papir", no.fellesgrunn.domain.actor.Email.of("per.papir@bodo.example"), "1804"),
                "test");
        registrations.save(
                no.fellesgrunn.domain.registration.Registration.register(
                        bodo, per.id(), java.util.Set.of(bodo.rounds().get(0).id()), java.util.List.of(), false, null),
                "test");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("onbehalf-needs")));
        open(EventSection.PARTICIPANTS, bodo, "participants-grid");
        driver.findElement(By.cssSelector("#participants-search input")).sendKeys("per.papir@bodo.example");
        WebElement perEdit = wait.until(
                ExpectedConditions.elementToBeClickable(
                        By.xpath(
                                "//vaadin-grid[@id='participants-grid']//vaadin-button[@aria-label='Endre påmeldingen til Per Papir']")));
        perEdit.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("onbehalf-name")));
        Accessibility.assertNoViolations(driver, "the on-behalf editor with the profile");
        screenshot("onbehalf-profile");
        driver.findElement(By.id("onbehalf-cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("onbehalf-name")));

        // The invitation links dialog.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("onbehalf-needs")));
        driver.findElement(By.id("participants-invite-all")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitations-list")));
        Accessibility.assertNoViolations(driver, "the invitation links");
        screenshot("invitations");
    }

    /**
     * Issue 12: each value of the events list sits under its own heading. For every column the
     * heading's text and the first row's content are measured: the cells share their left and right
     * edges, and the text is aligned the same way in both (numbers at the right edge, the rest at the
     * left), within 2 px.
     */
    @SuppressWarnings("unchecked")
    private void assertEventsListAligned() {
        wait.until(d -> (Boolean) ((ChromeDriver) d)
                .executeScript(
                        "const g = document.getElementById('events-grid'); return !!g && !g.hasAttribute('loading')"
                                + " && g._getRenderedRows && g._getRenderedRows().length > 0"));
        java.util.List<java.util.Map<String, Object>> columns = (java.util.List<java.util.Map<String, Object>>)
                driver.executeScript("const grid = document.getElementById('events-grid');"
                        + "const text = el => { const r = document.createRange(); r.selectNodeContents(el);"
                        + "  const b = r.getBoundingClientRect(); return [b.left, b.right]; };"
                        + "const content = cell => cell.firstElementChild.assignedNodes()[0];"
                        + "const header = grid.$.header.querySelector('tr');"
                        + "const body = grid._getRenderedRows()[0];"
                        + "const out = [];"
                        + "const headerCells = [...header.querySelectorAll('th')].filter(c => !c.hidden);"
                        + "const bodyCells = [...body.querySelectorAll('td')].filter(c => !c.hidden);"
                        + "headerCells.forEach((h, i) => { const b = bodyCells[i];"
                        + "  const hc = h.getBoundingClientRect(), bc = b.getBoundingClientRect();"
                        + "  out.push({header: content(h).textContent.trim(), align: getComputedStyle(content(b)).textAlign,"
                        + "    headerCell: [hc.left, hc.right], bodyCell: [bc.left, bc.right],"
                        + "    headerText: text(content(h)), bodyText: text(content(b))}); });"
                        + "return out;");
        System.out.println("events list, heading and first row per column: " + columns);
        assertThat(columns).hasSize(8);
        for (java.util.Map<String, Object> column : columns) {
            String heading = (String) column.get("header");
            java.util.List<Number> headerCell = (java.util.List<Number>) column.get("headerCell");
            java.util.List<Number> bodyCell = (java.util.List<Number>) column.get("bodyCell");
            assertThat(bodyCell.get(0).doubleValue())
                    .as(heading + ": left edge of the cells")
                    .isCloseTo(headerCell.get(0).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(bodyCell.get(1).doubleValue())
                    .as(heading + ": right edge of the cells")
                    .isCloseTo(headerCell.get(1).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
            java.util.List<Number> headerText = (java.util.List<Number>) column.get("headerText");
            java.util.List<Number> bodyText = (java.util.List<Number>) column.get("bodyText");
            int edge = "end".equals(column.get("align")) || "right".equals(column.get("align")) ? 1 : 0;
            assertThat(bodyText.get(edge).doubleValue())
                    .as(heading + ": the value starts or ends where its heading does")
                    .isCloseTo(headerText.get(edge).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        }
    }

    private void open(EventSection section, RegionalEvent event, String waitForId) {
        driver.get("http://localhost:" + port + "/" + section.href(event.id()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(waitForId)));
        wait.until(
                d -> ((ChromeDriver) d).executeScript("return !!window.Vaadin && document.readyState === 'complete'"));
    }

    private void page(EventSection section, RegionalEvent event, String waitForId) {
        open(section, event, waitForId);
        WebElement nav = driver.findElement(By.id("event-nav-" + section.path()));
        assertThat(nav.getAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.getTitle()).contains(event.name());
        Accessibility.assertNoViolations(driver, "the " + section.path() + " page");
        screenshot(section.path());
    }

    /** Kept in target/screenshots for a person to look at; the test does not compare them. */
    private void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(
                    dir.resolve("organiser-" + name + ".png"),
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
