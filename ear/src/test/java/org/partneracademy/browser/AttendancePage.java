package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /teach/roster.xhtml: an instructor marks the seated learners present or absent, day by day. */
public final class AttendancePage extends SignedInPage {

    static final String PATH = "/teach/roster.xhtml";

    private static final By ROWS = By.id("attendance:rows");

    AttendancePage(Browser browser) {
        super(browser, PATH, ROWS);
    }

    /** The learners on the roster, as "Name (username)". */
    public List<String> learners() {
        return browser.driver().findElements(By.cssSelector("tbody[id='attendance:rows_data'] tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the sheet of another day, by its date (YYYY-MM-DD). */
    public AttendancePage showDay(String day) {
        var rows = find(ROWS);
        find(By.xpath("//nav[@id='attendance:days' or @id='days']//a[starts-with(normalize-space(), " + xpathLiteral(day) + ")]"))
                .click();
        browser.waitUntilGone(rows);
        return new AttendancePage(browser);
    }

    /** The day whose marks are shown. */
    public String day() {
        return find(By.cssSelector(".day-current")).getText().substring(0, 10);
    }

    public AttendancePage markPresent(String username) {
        return mark(username, 0);
    }

    public AttendancePage markAbsent(String username) {
        return mark(username, 1);
    }

    /** Whether the learner is shown present (true), absent (false) or unmarked (null) on the day shown. */
    public Boolean markOf(String username) {
        String radio = radioId(username);
        if (find(By.id(radio + ":0")).isSelected()) {
            return true;
        }
        return find(By.id(radio + ":1")).isSelected() ? false : null;
    }

    public AttendancePage save() {
        browser.clickAndAwaitReplacement(find(By.id("attendance:save")), find(ROWS));
        browser.assertAccessible();
        return this;
    }

    private AttendancePage mark(String username, int option) {
        find(By.cssSelector("label[for='" + radioId(username) + ":" + option + "']")).click();
        return this;
    }

    private String radioId(String username) {
        var learners = learners();
        for (int i = 0; i < learners.size(); i++) {
            if (learners.get(i).endsWith("(" + username + ")")) {
                return "attendance:rows:" + i + ":mark";
            }
        }
        throw new AssertionError(username + " is not on the roster: " + learners);
    }
}
