package org.partneracademy.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The axe-core check every browser test runs on every page it visits: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
final class Accessibility {

    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Moderate and minor findings are reported by axe too, but only these fail a test. */
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /**
     * Ends every running CSS transition at its final style while axe looks. The theme fades buttons between
     * states (hover, focus, disabled during an AJAX request); on a slow machine axe otherwise measures the
     * contrast of a frame in the middle of a fade, which no reader dwells on. Removed again afterwards
     * (removing it starts no transition), so the test goes on with the page as a user has it.
     */
    private static final String SETTLE_TRANSITIONS = """
            const style = document.createElement('style');
            style.id = 'axe-no-transitions';
            style.textContent = '*, *::before, *::after { transition: none !important; }';
            document.head.appendChild(style);""";
    private static final String RESTORE_TRANSITIONS = "document.getElementById('axe-no-transitions')?.remove();";

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver driver) {
        var script = (JavascriptExecutor) driver;
        script.executeScript(SETTLE_TRANSITIONS);
        Results results;
        try {
            results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
        } finally {
            script.executeScript(RESTORE_TRANSITIONS);
        }
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + results.getUrl() + ": " + results.getErrorMessage());
        }
        var failing = results.getViolations().stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + results.getUrl() + ":\n"
                    + failing.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n"
                + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + (node.getFailureSummary() == null ? ""
                : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
    }
}
