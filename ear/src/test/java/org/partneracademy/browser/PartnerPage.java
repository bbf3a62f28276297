package org.partneracademy.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /admin/partner.xhtml?id=N: one partner for the vendor admin, with its agreements and locations. */
public final class PartnerPage extends SignedInPage {

    static final String PATH = "/admin/partner.xhtml";

    private static final By AGREEMENTS = By.id("agreements:list");

    PartnerPage(Browser browser) {
        super(browser, PATH, By.id("profile"));
    }

    /**
     * Adds an agreement: the model (its label), the dates as typed (YYYY-MM-DD, "" for open-ended) and
     * the model's terms by field id (e.g. "revenueSharePercent" → "30"). Waits until the table is re-rendered.
     */
    public PartnerPage addAgreement(String model, String validFrom, String validTo, Map<String, String> terms) {
        Forms.choose(browser, "agreementForm:model", model);
        terms.keySet().forEach(field -> browser.waitForVisible(By.id("agreementForm:" + field)));
        type(By.id("agreementForm:validFrom"), validFrom);
        type(By.id("agreementForm:validTo"), validTo);
        terms.forEach((field, value) -> type(By.id("agreementForm:" + field), value));
        browser.clickAndAwaitReplacement(find(By.id("agreementForm:save")), find(AGREEMENTS));
        browser.waitForVisible(AGREEMENTS);
        browser.assertAccessible();
        return this;
    }

    /** Each agreement's cells: model, valid from, valid to, terms. */
    public List<List<String>> agreements() {
        return browser.driver().findElements(By.xpath("//tbody[@id='agreements:list_data']/tr[td[4]]")).stream()
                .map(row -> row.findElements(By.xpath("td")).stream().limit(4).map(WebElement::getText).toList())
                .toList();
    }

    /** The model of the agreement in force today, as the profile shows it ("–" for none). */
    public String agreementToday() {
        return find(By.id("profile:agreementToday")).getText();
    }

    /** The names of the partner's locations. */
    public List<String> locations() {
        return browser.driver().findElements(By.xpath("//tbody[@id='locations:list_data']/tr/td[1]")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }
}
