package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /teach/sessions.xhtml, "My sessions": the sessions a trainer teaches, each with its attendance sheet. */
public final class TeachingPage extends SignedInPage {

    static final String PATH = "/teach/sessions.xhtml";

    private static final By SESSIONS = By.id("mySessions");

    TeachingPage(Browser browser) {
        super(browser, PATH, SESSIONS);
    }

    /** Signed in as a trainer, through the menu. */
    public static TeachingPage fromMenu(Browser browser) {
        browser.driver().findElement(By.id("shell:menuTeaching")).click();
        return new TeachingPage(browser);
    }

    /** The course column of every session listed. */
    public List<String> courses() {
        return browser.driver().findElements(By.xpath("//tbody[@id='mySessions_data']/tr/td[1]")).stream()
                .map(WebElement::getText).toList();
    }

    public AttendancePage openAttendance(String courseCode) {
        find(By.xpath("//tbody[@id='mySessions_data']/tr[td[1][starts-with(normalize-space(), "
                + xpathLiteral(courseCode + " ") + ")]]//a[contains(@id, 'attendance')]")).click();
        return new AttendancePage(browser);
    }
}
