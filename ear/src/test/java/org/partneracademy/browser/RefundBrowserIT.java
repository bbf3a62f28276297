package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.RefundFixtures;

/**
 * Finance records a refund in a real browser: finds a registration by its learner, reads its ledger,
 * is refused a refund with three decimals and one above the price, records one, and finds the
 * registration again by its number with the refund in its ledger.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class RefundBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void financeFindsARegistrationByItsLearnerAndRecordsARefund() {
        var seat = RefundFixtures.registration("200.00", "20.00", "COMPLETED");
        long id = seat.registrationId();

        var page = RefundsPage.openSigningInAs(browser, "finance");
        assertThat(page.signedInUser()).isEqualTo("finance");
        page.find(seat.learner());
        assertThat(page.foundLearners()).containsExactly("Learner " + seat.learner() + " (" + seat.learner() + ")");

        page.open(id);
        assertThat(page.registrationHeading()).isEqualTo("Registration " + id);
        assertThat(page.fact("partner")).isEqualTo("Contoso Training");
        assertThat(page.fact("state")).isEqualTo("COMPLETED");
        assertThat(page.fact("refundable")).isEqualTo("180.00 EUR");
        assertThat(page.events()).extracting(row -> row.get(0)).containsExactly("SEAT_TAKEN", "COMPLETED");

        page.refund("12.345", "Three decimals");
        assertThat(page.errors()).anyMatch(error -> error.startsWith("amount:"));
        page.refund("180.01", "More than was paid");
        assertThat(page.errors()).anyMatch(error -> error.contains("left to refund"));
        assertThat(page.fact("refunded")).isEqualTo("0.00 EUR");

        page.refund("50.00", "Course material arrived late");
        assertThat(page.notices()).contains("Refund of 50.00 EUR recorded on registration " + id + ".");
        assertThat(page.fact("refunded")).isEqualTo("50.00 EUR");
        assertThat(page.fact("refundable")).isEqualTo("130.00 EUR");
        assertThat(page.fact("state")).isEqualTo("COMPLETED");

        page.find(String.valueOf(id));
        assertThat(page.registrationHeading()).isEqualTo("Registration " + id);
        var refund = page.events().get(2);
        assertThat(refund.get(0)).isEqualTo("REFUNDED");
        assertThat(refund.subList(2, 5)).isEqualTo(List.of("finance", "50.00 EUR", "Course material arrived late"));
        assertThat(RefundFixtures.ledger(id).refunded()).isEqualByComparingTo("50.00");
    }
}
