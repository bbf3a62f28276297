package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /learning/sessions.xhtml?view=calendar: the upcoming sessions on a month calendar, loaded as it moves. */
public final class SessionsCalendarPage extends SignedInPage {

    private static final By CALENDAR = By.cssSelector("#calendar\\:schedule .fc-daygrid-body");
    private static final By MONTH = By.cssSelector("#calendar\\:schedule .fc-toolbar-title");

    SessionsCalendarPage(Browser browser) {
        super(browser, SessionsPage.PATH, CALENDAR);
    }

    /** Goes forward month by month (at most 12) until the calendar shows an event with the title. */
    public SessionsCalendarPage showMonthWith(String title) {
        awaitEvents();
        for (int month = 0; month < 12 && events().stream().noneMatch(t -> t.contains(title)); month++) {
            // The calendar keeps its grid and redraws it in place: the month's title says it has moved.
            String shown = find(MONTH).getText();
            find(By.cssSelector("#calendar\\:schedule .fc-next-button")).click();
            browser.waitUntil(driver -> !find(MONTH).getText().equals(shown));
            awaitEvents();
        }
        browser.assertAccessible();
        return this;
    }

    /** The titles of the events the calendar shows now. */
    public List<String> events() {
        return browser.driver().findElements(By.cssSelector("#calendar\\:schedule .fc-event-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** Clicks the event and waits for its details below the calendar; returns the heading shown. */
    public String select(String title) {
        find(By.xpath("//*[@id='calendar:schedule']//*[contains(@class, 'fc-event-title')][contains(normalize-space(), "
                + xpathLiteral(title) + ")]")).click();
        browser.waitForVisible(By.id("selectedTitle"));
        browser.assertAccessible();
        return find(By.id("selectedTitle")).getText();
    }

    /** Enrolls in the session selected on the calendar; the application then shows the new enrollment. */
    public EnrollmentPage enrollSelected() {
        find(By.id("calendar:enrollSelected")).click();
        return new EnrollmentPage(browser);
    }

    /** The calendar loads the sessions of the weeks it shows by ajax: waits until that request has been answered. */
    private void awaitEvents() {
        browser.waitUntil(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return window.PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || window.jQuery.active === 0);")));
        browser.waitForVisible(CALENDAR);
    }
}
