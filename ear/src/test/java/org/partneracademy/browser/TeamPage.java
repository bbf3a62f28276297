package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /partner/team.xhtml, "My team": a partner admin reads their people's progress, searched and paged. */
public final class TeamPage extends SignedInPage {

    static final String PATH = "/partner/team.xhtml";

    private static final By MEMBERS = By.id("team:members");
    private static final String ROWS = "team:members_data";

    TeamPage(Browser browser) {
        super(browser, PATH, MEMBERS);
    }

    public TeamPage search(String text) {
        type(By.id("search:text"), text);
        browser.clickAndAwaitReplacement(find(By.id("search:go")), find(MEMBERS));
        browser.assertAccessible();
        return this;
    }

    /** The names shown on the table's current page, in order. */
    public List<String> names() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + ROWS + "'] .member-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** The person's row, cell by cell, as the admin reads it. */
    public List<String> rowOf(String displayName) {
        return find(By.xpath("//tbody[@id='" + ROWS + "']/tr[.//span[@class='member-name'][normalize-space()="
                + xpathLiteral(displayName) + "]]")).findElements(By.xpath("td")).stream().map(WebElement::getText).toList();
    }
}
