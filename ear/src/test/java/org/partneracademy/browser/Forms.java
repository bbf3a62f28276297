package org.partneracademy.browser;

import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Filling PrimeFaces inputs as a user does: opening menus and clicking items, clicking checkbox boxes. */
final class Forms {

    private Forms() {
    }

    /** Picks an option of a p:selectOneMenu by its label: open the menu, click the item. */
    static void choose(Browser browser, String menuId, String label) {
        browser.driver().findElement(By.id(menuId)).click();
        // The panel grows in with a CSS transition; a click while it still moves can miss the item.
        var panel = By.id(menuId + "_panel");
        browser.waitUntil(ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
        var item = browser.driver().findElement(panel).findElement(By.xpath(".//li[normalize-space()=" + Page.xpathLiteral(label) + "]"));
        String chosen = item.getAttribute("data-label");
        item.click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(panel));
        browser.waitUntil(ExpectedConditions.textToBe(By.id(menuId + "_label"), chosen));
    }

    /** Sets a p:selectManyCheckbox to exactly the given labels (the inputs themselves are hidden). */
    static void check(Browser browser, String groupId, Set<String> labels) {
        for (WebElement input : browser.driver().findElement(By.id(groupId)).findElements(By.cssSelector("input[type=checkbox]"))) {
            String label = browser.driver().findElement(By.xpath("//label[@for=" + Page.xpathLiteral(input.getAttribute("id")) + "]")).getText();
            if (input.isSelected() != labels.contains(label)) {
                input.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                        + "//div[contains(concat(' ', @class, ' '), ' ui-chkbox-box ')]")).click();
            }
        }
    }
}
