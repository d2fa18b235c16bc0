package no.fellesgrunn.web.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 AA is law for Norwegian public services. Runs axe-core in the page and fails on any
 * violation of the WCAG 2.0/2.1 A and AA rules, whatever its impact (minor and moderate too), naming
 * rule and element.
 */
public final class Accessibility {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    public static void assertNoViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on " + page).isFalse();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("accessibility violations on " + page + ":\n" + describe(violations))
                .isEmpty();
        // Pages that pass go into docs/wcag-report.md.
        WcagReport.add(page, results);
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
