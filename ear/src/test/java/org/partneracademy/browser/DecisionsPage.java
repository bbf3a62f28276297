package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /leader/decisions.xhtml: the training leader's sign-offs, newest first. */
public final class DecisionsPage extends SignedInPage {

    static final String PATH = "/leader/decisions.xhtml";

    private static final By DECISIONS = By.id("decisions");

    DecisionsPage(Browser browser) {
        super(browser, PATH, DECISIONS);
    }

    public List<String> comments() {
        return browser.driver().findElements(By.cssSelector("tbody[id='decisions_data'] .decision-comments")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> totals() {
        return browser.driver().findElements(By.cssSelector("tbody[id='decisions_data'] .decision-total")).stream()
                .map(WebElement::getText).toList();
    }
}
