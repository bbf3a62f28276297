package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;

/**
 * The partner network in a real browser: the vendor admin creates a training partner and gives it a
 * revenue-share agreement in force today; a partner admin adds a location with the brands it carries.
 * Every page on the way is checked for accessibility (see {@link Page}).
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class PartnerNetworkBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theVendorAdminCreatesAPartnerWithAnAgreement() {
        String name = "UI Partner " + UUID.randomUUID().toString().substring(0, 8);
        var today = LocalDate.now(ZoneOffset.UTC);
        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser);

        var partner = PartnersPage.open(browser).createPartner(name, "Training partner", "Gold");
        assertThat(partner.heading()).isEqualTo(name);
        assertThat(partner.notices()).contains("Partner created: " + name);
        assertThat(partner.agreementToday()).isEqualTo("–");

        partner.addAgreement("Revenue share", today.minusMonths(1).toString(), "", Map.of("revenueSharePercent", "30"));
        assertThat(partner.agreements()).containsExactly(
                List.of("Revenue share", today.minusMonths(1).toString(), "open-ended", "30 % of revenue to the partner"));
        assertThat(partner.agreementToday()).isEqualTo("Revenue share");

        // Overlapping the first: refused with the reason, and the table keeps one agreement.
        partner.addAgreement("Reseller", today.toString(), today.plusYears(1).toString(), Map.of("discountPercent", "15"));
        assertThat(partner.errors()).anyMatch(error -> error.contains("at most one agreement in force"));
        assertThat(partner.agreements()).hasSize(1);

        assertThat(PartnersPage.open(browser).rowOf(name)).startsWith(name, "TRAINING_PARTNER", "Gold", "REVENUE_SHARE", "0", "0");
    }

    @Test
    void aPartnerAdminAddsALocationWithBrands() {
        String name = "Adventure Works UI " + UUID.randomUUID().toString().substring(0, 8);
        LoginPage.open(browser).signIn("pa.adventure");
        new PeoplePage(browser);

        var locations = LocationsPage.open(browser);
        assertThat(locations.names()).contains("Adventure Works Vienna").doesNotContain("Contoso London");
        locations.addLocation(name, "Graz", "AT", Set.of("Core Platform", "Field Service"));
        assertThat(locations.notices()).contains("Location saved: " + name);
        assertThat(locations.rowOf(name)).hasValue(List.of(name, "Graz", "AT", "Core Platform, Field Service"));

        // The same name again, and a country that is not a code: refused, nothing added.
        assertThat(locations.addLocationRefused(name, "Linz", "AT")).anyMatch(error -> error.contains("already has a location named"));
        assertThat(locations.addLocationRefused(name + " 2", "Linz", "Austria")).anyMatch(error -> error.startsWith("country:"));
        assertThat(locations.names()).filteredOn(n -> n.startsWith(name)).containsExactly(name);
    }
}
