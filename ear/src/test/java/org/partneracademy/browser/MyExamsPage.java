package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /learning/exams.xhtml, "My exams": the published exams and where the learner stands. */
public final class MyExamsPage extends SignedInPage {

    static final String PATH = "/learning/exams.xhtml";

    MyExamsPage(Browser browser) {
        super(browser, PATH, By.id("exams"));
    }

    public static MyExamsPage fromMenu(Browser browser) {
        browser.driver().findElement(By.id("shell:menuMyExams")).click();
        return new MyExamsPage(browser);
    }

    public ExamPage openExam(String title) {
        find(By.xpath("//tbody[@id='exams_data']//a[normalize-space()=" + xpathLiteral(title) + "]")).click();
        return new ExamPage(browser);
    }
}
