package org.partneracademy.browser;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /learning/index.xhtml, "My learning": a learner's enrollments, their progress and completion dates. */
public final class MyLearningPage extends SignedInPage {

    static final String PATH = "/learning/index.xhtml";

    MyLearningPage(Browser browser) {
        super(browser, PATH, By.id("enrollments"));
    }

    /** The completion day (yyyy-MM-dd, UTC) shown for the course; empty while it is not completed. */
    public Optional<String> completionDateOf(String courseTitle) {
        return row(courseTitle).findElements(By.cssSelector(".completed-at")).stream()
                .map(WebElement::getText).findFirst();
    }

    public String statusOf(String courseTitle) {
        return row(courseTitle).findElement(By.cssSelector(".enrollment-status")).getText();
    }

    /** The seat of an instructor-led enrollment as the list shows it, such as "Waitlisted"; empty for self-paced. */
    public Optional<String> seatStateOf(String courseTitle) {
        return row(courseTitle).findElements(By.cssSelector(".seat-state")).stream()
                .map(WebElement::getText).map(text -> text.replaceFirst("^·\\s*", "")).findFirst();
    }

    public EnrollmentPage openEnrollment(String courseTitle) {
        row(courseTitle).findElement(By.cssSelector("a[id$=':open']")).click();
        return new EnrollmentPage(browser);
    }

    private WebElement row(String courseTitle) {
        return find(rowWhere("enrollments_data", 1, courseTitle));
    }
}
