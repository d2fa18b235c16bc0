package no.fellesgrunn.web.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import no.fellesgrunn.web.testsupport.Accessibility;
import no.fellesgrunn.web.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** The accessibility check is only worth something if it fails on an inaccessible page. */
class AccessibilityCheckTest {

    @Test
    void anInaccessiblePageFailsTheCheckNamingTheRule(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("bad.html"), """
                <!doctype html><html><head><title>Bad</title></head>
                <body><main><input type="text"><img src="x.png"></main></body></html>""");
        ChromeDriver driver = Browser.start(800, 600);
        try {
            driver.get(page.toUri().toString());
            assertThatThrownBy(() -> Accessibility.assertNoViolations(driver, "a bad page"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("html-has-lang");
        } finally {
            driver.quit();
        }
    }
}
