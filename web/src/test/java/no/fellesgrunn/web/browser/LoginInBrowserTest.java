package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The real thing: the application on a port, a real headless Chromium, a real sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginInBrowserTest extends WebIntegrationTest {
    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    no.fellesgrunn.web.security.SignInThrottle throttle;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(1280, 900);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theLoginPageRendersAndAnOrganiserSignsInToTheOrganiserStartPage() {
        accounts.add(UserAccount.create(
                "browser.organiser@ks.example",
                "Berit Arrangør",
                passwordEncoder.encode("riktig-passord-123"),
                Set.of(Role.ORGANISER)));

        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement username = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        assertThat(driver.getTitle()).isEqualTo("Logg inn | Fellesgrunn");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
        Accessibility.assertNoViolations(driver, "the login page");

        username.sendKeys("browser.organiser@ks.example");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("riktig-passord-123");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();

        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organiser-home-title")));
        assertThat(heading.getText()).isEqualTo("Mine arrangementer");
        assertThat(java.net.URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/organiser");
        assertThat(driver.findElement(By.id("current-user-name")).getText()).isEqualTo("Berit Arrangør");
        Accessibility.assertNoViolations(driver, "the organiser start page");
        assertThat(Browser.contentSecurityPolicyViolations(driver))
                .as("what the Content-Security-Policy blocked")
                .isEmpty();
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAMessage() {
        accounts.add(UserAccount.create(
                "browser.other@ks.example",
                "Other",
                passwordEncoder.encode("riktig-passord-123"),
                Set.of(Role.ORGANISER)));

        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys("browser.other@ks.example");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("feil");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();

        wait.until(ExpectedConditions.urlContains("error"));
        WebElement form =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        assertThat(form.getText()).contains("Feil e-post eller passord");
        assertThat(Browser.contentSecurityPolicyViolations(driver))
                .as("what the Content-Security-Policy blocked")
                .isEmpty();
    }

    @Test
    void aLockedAccountIsToldWhenToTryAgainEvenWithTheRightPassword() {
        accounts.add(UserAccount.create(
                "browser.locked@ks.example",
                "Locked",
                passwordEncoder.encode("riktig-passord-123"),
                Set.of(Role.ORGANISER)));
        for (int i = 0; i < 5; i++) {
            throttle.failed("browser.locked@ks.example", "192.0.2.1");
        }

        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys("browser.locked@ks.example");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("riktig-passord-123");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();

        wait.until(ExpectedConditions.urlContains("locked="));
        WebElement form =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form, "For mange mislykkede innlogginger"));
        assertThat(form.getText()).containsPattern("Prøv igjen kl\\. \\d\\d[.:]\\d\\d \\(om 1[45] minutter\\)");
        assertThat(Browser.contentSecurityPolicyViolations(driver)).isEmpty();
    }
}
