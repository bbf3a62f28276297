package org.partneracademy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /notifications.xhtml: the signed-in person's notifications; unread ones can be marked read. */
public final class NotificationsPage extends SignedInPage {

    static final String PATH = "/notifications.xhtml";

    NotificationsPage(Browser browser) {
        super(browser, PATH, By.id("notifications:list"));
    }

    public static NotificationsPage open(Browser browser) {
        browser.open(PATH);
        return new NotificationsPage(browser);
    }

    public boolean shows(String title) {
        return !browser.driver().findElements(rowWhere("notifications:list_data", 2, title)).isEmpty();
    }

    /** "Unread" or "Read". */
    public String stateOf(String title) {
        return row(title).findElement(By.cssSelector(".notification-state")).getText();
    }

    public String textOf(String title) {
        return row(title).findElement(By.xpath("td[3]")).getText();
    }

    public NotificationsPage markRead(String title) {
        var button = row(title).findElement(By.xpath(".//button[contains(@id, ':markRead')]"));
        browser.clickAndAwaitReplacement(button, find(By.id("notifications:list")));
        browser.waitForVisible(By.id("notifications:list"));
        browser.assertAccessible();
        return this;
    }

    private WebElement row(String title) {
        return find(rowWhere("notifications:list_data", 2, title));
    }
}
