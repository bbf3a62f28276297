package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /learning/sessions.xhtml: a learner finds an upcoming session (a table paged by the database) and enrolls. */
public final class SessionsPage extends SignedInPage {

    static final String PATH = "/learning/sessions.xhtml";

    private static final By SESSIONS = By.id("sessions:sessions");
    private static final String ROWS = "sessions:sessions_data";

    SessionsPage(Browser browser) {
        super(browser, PATH, SESSIONS);
    }

    public static SessionsPage open(Browser browser) {
        browser.open(PATH);
        return new SessionsPage(browser);
    }

    /** Searches course titles and codes for the text; waits until the table shows the new result. */
    public SessionsPage search(String text) {
        type(By.id("search:text"), text);
        browser.clickAndAwaitReplacement(find(By.id("search:go")), find(SESSIONS));
        browser.assertAccessible();
        return this;
    }

    /** The course titles of the sessions on the table's current page, in order. */
    public List<String> courseTitles() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + ROWS + "'] .session-course")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the "Seats left" column says for the (only) session of the course: a number, or "Full (waitlist)". */
    public String seatsLeftOf(String courseTitle) {
        return row(courseTitle).findElement(By.cssSelector(".seats-left")).getText();
    }

    /**
     * Enrolls in the session of the course with the given title (searched for first); the application
     * then shows the new enrollment. The button is disabled while the request runs.
     */
    public EnrollmentPage enroll(String courseTitle) {
        var button = row(courseTitle).findElement(By.xpath(".//button[contains(@id, ':enroll')]"));
        button.click();
        return new EnrollmentPage(browser);
    }

    /** Whether the session's row offers "Enroll" (or says "Enrolled" instead). */
    public boolean offersEnrollmentIn(String courseTitle) {
        return !row(courseTitle).findElements(By.xpath(".//button[contains(@id, ':enroll')]")).isEmpty();
    }

    /** Switches to the calendar of sessions. */
    public SessionsCalendarPage openCalendar() {
        find(By.id("calendarView")).click();
        return new SessionsCalendarPage(browser);
    }

    private WebElement row(String courseTitle) {
        By row = By.xpath("//tbody[@id='" + ROWS + "']/tr[.//*[contains(@class, 'session-course')][normalize-space()="
                + xpathLiteral(courseTitle) + "]]");
        if (browser.driver().findElements(row).isEmpty()) {
            search(courseTitle);
        }
        return find(row);
    }
}
