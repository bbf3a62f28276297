package org.partneracademy.browser;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /learning/enrollment.xhtml?id=N: a learner works through the modules of one enrollment. */
public final class EnrollmentPage extends SignedInPage {

    static final String PATH = "/learning/enrollment.xhtml";

    private static final By MODULES = By.id("progress:modules");
    private static final String MODULE_ROWS = "progress:modules_data";

    EnrollmentPage(Browser browser) {
        super(browser, PATH, MODULES);
    }

    /** Marks one module complete; the form re-renders with the module done and the progress updated. */
    public EnrollmentPage completeModule(String moduleTitle) {
        String row = rowXPath(MODULE_ROWS, 2, moduleTitle);
        WebElement button = find(By.xpath(row + "//button[contains(@id, ':complete')]"));
        browser.clickAndAwaitReplacement(button, button);
        browser.waitForVisible(By.xpath(row + "/td[4]/*[contains(@class, 'completed')]"));
        browser.assertAccessible();
        return this;
    }

    /** Completes every module not done yet, one after the other as a learner would. */
    public EnrollmentPage completeAllModules() {
        openModuleTitles().forEach(this::completeModule);
        return this;
    }

    /** The titles of the modules that still offer "Mark complete". */
    public List<String> openModuleTitles() {
        return browser.driver().findElements(By.xpath("//tbody[@id='" + MODULE_ROWS + "']/tr[.//button[contains(@id, ':complete')]]/td[2]"))
                .stream().map(WebElement::getText).toList();
    }

    public List<String> moduleTitles() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + MODULE_ROWS + "'] > tr > td:nth-child(2)"))
                .stream().map(WebElement::getText).toList();
    }

    /** Rates the course (a label such as "4 – good") with an optional comment and saves; waits for the notice. */
    public EnrollmentPage giveFeedback(String ratingLabel, String comment) {
        choose("feedback:rating", ratingLabel);
        type(By.id("feedback:comment"), comment);
        browser.clickAndAwaitReplacement(find(By.id("feedback:save")), find(By.id("feedback:save")));
        browser.waitForVisible(By.cssSelector("#messages .ui-messages-info, #messages .ui-messages-error"));
        browser.assertAccessible();
        return this;
    }

    /** The comment field as the page shows it now (after saving: the saved comment). */
    public String feedbackComment() {
        return find(By.id("feedback:comment")).getAttribute("value");
    }

    public String courseTitle() {
        return heading();
    }

    public String status() {
        return find(By.id("status")).getText();
    }

    /** The completion day (yyyy-MM-dd, UTC), once every module is done. */
    public Optional<String> completedAt() {
        return browser.driver().findElements(By.id("completedAt")).stream().map(WebElement::getText).findFirst();
    }

    /** The seat's state as the learner reads it, such as "Waitlisted" or "Seated (registered)". */
    public String seatState() {
        return find(By.id("seatState")).getText();
    }

    /** "Position n on the waitlist", when waitlisted. */
    public Optional<String> waitlistPosition() {
        return browser.driver().findElements(By.id("seat:waitlistPosition")).stream().map(WebElement::getText)
                .map(text -> text.replaceFirst("^·\\s*", "")).findFirst();
    }

    /** "Accept by …", when a seat is offered. */
    public Optional<String> offerDeadline() {
        return browser.driver().findElements(By.id("seat:offerDeadline")).stream().map(WebElement::getText)
                .map(text -> text.replaceFirst("^·\\s*", "")).findFirst();
    }

    public boolean offersAcceptance() {
        return !browser.driver().findElements(By.id("seat:accept")).isEmpty();
    }

    /** Accepts the offered seat; the seat block re-renders. */
    public EnrollmentPage acceptOffer() {
        var button = find(By.id("seat:accept"));
        browser.clickAndAwaitReplacement(button, button);
        browser.waitForVisible(By.id("seatState"));
        browser.assertAccessible();
        return this;
    }

    /** Opens the cancel dialog and returns what it says about charges, leaving it open. */
    public String cancellationPolicy() {
        find(By.id("seat:cancel")).click();
        browser.waitForVisible(By.id("cancelPolicy"));
        browser.assertAccessible();
        return find(By.id("cancelPolicy")).getText();
    }

    /** Cancels through the confirmation dialog; the seat block re-renders with the new state. */
    public EnrollmentPage cancel() {
        if (!find(By.id("seat:cancelDialog")).isDisplayed()) {
            cancellationPolicy();
        }
        var state = find(By.id("seatState"));
        browser.clickAndAwaitReplacement(find(By.id("seat:confirmCancel")), state);
        browser.waitForVisible(By.id("seatState"));
        browser.assertAccessible();
        return this;
    }

    /** The address of the calendar invite, when the page offers it (seated only). */
    public Optional<String> inviteLink() {
        return browser.driver().findElements(By.id("seat:invite")).stream().map(link -> link.getAttribute("href")).findFirst();
    }

    /** Loads the page again, as a learner coming back later does. */
    public EnrollmentPage reload() {
        browser.driver().navigate().refresh();
        return new EnrollmentPage(browser);
    }
}
