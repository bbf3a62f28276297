package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /leader/authorisations.xhtml: every trainer authorisation; a leader opens one and suspends, reinstates or revokes it. */
public final class LeaderAuthorisationsPage extends SignedInPage {

    static final String PATH = "/leader/authorisations.xhtml";

    LeaderAuthorisationsPage(Browser browser) {
        super(browser, PATH, By.id("list:authorisations"));
    }

    /** Signed in as a training leader, through the menu. */
    public static LeaderAuthorisationsPage fromMenu(Browser browser) {
        browser.driver().findElement(By.id("shell:menuLeaderAuthorisations")).click();
        return new LeaderAuthorisationsPage(browser);
    }

    /** Narrows the list to one course family. */
    public LeaderAuthorisationsPage filter(String courseCode) {
        type(By.id("list:course"), courseCode);
        browser.clickAndAwaitReplacement(find(By.id("list:filter")), find(By.id("list:authorisations")));
        browser.waitForVisible(By.id("list:authorisations"));
        return this;
    }

    /** Opens the authorisation of the trainer (by display name, as the first column starts) with its history. */
    public LeaderAuthorisationsPage open(String trainerName) {
        var row = find(By.xpath("//tbody[@id='list:authorisations_data']/tr[td[1][starts-with(normalize-space(), "
                + xpathLiteral(trainerName + " ") + ")]]"));
        var actions = find(By.id("actions"));
        browser.clickAndAwaitReplacement(row.findElement(By.xpath(".//button[contains(@id, ':open')]")), actions);
        browser.waitForVisible(By.id("actions:reason"));
        browser.assertAccessible();
        return this;
    }

    public LeaderAuthorisationsPage suspend(String reason) {
        return act("actions:suspend", reason);
    }

    public LeaderAuthorisationsPage reinstate(String reason) {
        return act("actions:reinstate", reason);
    }

    /** The events of the open authorisation, oldest first. */
    public List<String> events() {
        return browser.driver().findElements(By.xpath("//tbody[@id='actions:events_data']/tr/td[1]")).stream()
                .map(WebElement::getText).toList();
    }

    private LeaderAuthorisationsPage act(String buttonId, String reason) {
        type(By.id("actions:reason"), reason);
        browser.clickAndAwaitReplacement(find(By.id(buttonId)), find(By.id("actions:events")));
        browser.waitForVisible(By.id("actions:events"));
        browser.assertAccessible();
        return this;
    }
}
