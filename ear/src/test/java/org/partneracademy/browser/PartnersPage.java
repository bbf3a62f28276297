package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /admin/partners.xhtml: the vendor admin's directory of partners. */
public final class PartnersPage extends SignedInPage {

    static final String PATH = "/admin/partners.xhtml";

    PartnersPage(Browser browser) {
        super(browser, PATH, By.id("directory:partners"));
    }

    public static PartnersPage open(Browser browser) {
        browser.open(PATH);
        return new PartnersPage(browser);
    }

    /** Fills "New partner" and creates it; the browser goes on to the new partner's page. */
    public PartnerPage createPartner(String name, String type, String tier) {
        type(By.id("newPartner:name"), name);
        Forms.choose(browser, "newPartner:type", type);
        Forms.choose(browser, "newPartner:tier", tier);
        var form = find(By.id("newPartner"));
        browser.clickAndAwaitReplacement(find(By.id("newPartner:create")), form);
        return new PartnerPage(browser);
    }

    /** The cells of the partner's row: name, type, tier, agreement, locations, active people. */
    public java.util.List<String> rowOf(String partnerName) {
        return find(rowWhere("directory:partners_data", 1, partnerName)).findElements(By.tagName("td")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }
}
