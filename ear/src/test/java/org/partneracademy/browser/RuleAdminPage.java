package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /admin/rules.xhtml: the vendor admin's assignment rules and the rule editor with its preview. */
public final class RuleAdminPage extends SignedInPage {

    static final String PATH = "/admin/rules.xhtml";

    RuleAdminPage(Browser browser) {
        super(browser, PATH, By.id("rules:list"));
    }

    public static RuleAdminPage open(Browser browser) {
        browser.open(PATH);
        return new RuleAdminPage(browser);
    }

    /** Fills the first condition row with a kind (its visible label) and a value. */
    public RuleAdminPage condition(String kindLabel, String value) {
        new Select(find(By.id("ruleForm:conditions:0:kind"))).selectByVisibleText(kindLabel);
        type(By.id("ruleForm:conditions:0:value"), value);
        return this;
    }

    /** Runs the preview and waits for its result: the count line and the names shown. */
    public List<String> preview() {
        var form = find(By.id("ruleForm"));
        browser.clickAndAwaitReplacement(find(By.id("ruleForm:preview")), form);
        browser.waitForVisible(By.cssSelector(".rule-preview"));
        browser.assertAccessible();
        return browser.driver().findElements(By.cssSelector(".preview-names li")).stream().map(WebElement::getText).toList();
    }

    public String previewCount() {
        return find(By.cssSelector(".preview-count")).getText();
    }
}
