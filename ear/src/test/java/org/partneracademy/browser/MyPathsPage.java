package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /learning/paths.xhtml, "My paths": a learner's assigned paths, progress per step and why each is assigned. */
public final class MyPathsPage extends SignedInPage {

    static final String PATH = "/learning/paths.xhtml";

    MyPathsPage(Browser browser) {
        super(browser, PATH, By.id("myPaths"));
    }

    public List<String> pathNames() {
        return browser.driver().findElements(By.cssSelector(".my-path .path-name")).stream().map(WebElement::getText).toList();
    }

    /** Each reason as shown: "rule name: you match condition, condition". */
    public List<String> reasonsFor(String pathName) {
        return path(pathName).findElements(By.cssSelector(".path-reason")).stream().map(WebElement::getText).toList();
    }

    public String statusOf(String pathName) {
        return path(pathName).findElement(By.cssSelector(".path-status")).getText();
    }

    public String nextOf(String pathName) {
        return path(pathName).findElement(By.cssSelector(".path-next")).getText();
    }

    /** The group captions, e.g. "Group 2: any 1 of 3 — open". */
    public List<String> groupsOf(String pathName) {
        return path(pathName).findElements(By.cssSelector("table.path-group caption")).stream().map(WebElement::getText).toList();
    }

    private WebElement path(String pathName) {
        return find(By.xpath("//section[contains(@class,'my-path')][h2[normalize-space()=" + xpathLiteral(pathName) + "]]"));
    }
}
