package no.fellesgrunn.web.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests do as a person would: sign in through the login form, click and type with
 * the element scrolled to the middle of a small screen first, set a date or time picker's value the
 * way the component itself does.
 */
public final class BrowserActions {
    private final WebDriver driver;
    private final WebDriverWait wait;

    public BrowserActions(WebDriver driver, WebDriverWait wait) {
        this.driver = driver;
        this.wait = wait;
    }

    /** Signs a participant in at {@code baseUrl}/login and waits for their overview. */
    public void signInParticipant(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        click(By.cssSelector("vaadin-login-form vaadin-button"));
        wait.until(ExpectedConditions.urlMatches(".*/me$"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("participant-page-title")));
    }

    /** Waits until the participant page's live region says {@code text} (textContent: it may be above the fold). */
    public void waitForStatus(String text) {
        wait.until(d -> d.findElement(By.id("participant-status"))
                .getAttribute("textContent")
                .contains(text));
    }

    public void click(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Types into a field, then leaves it with Tab so its value reaches the server. */
    public void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.sendKeys(text);
        element.sendKeys(Keys.TAB);
    }

    /** Date and time pickers: sets the value the way the component itself does, then lets it sync. */
    public void setValue(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const el = document.getElementById(arguments[0]); el.value = arguments[1];"
                                + "el.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        id,
                        value);
    }
}
