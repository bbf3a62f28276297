package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;

/**
 * Certifications in a real browser: the vendor admin previews the dates of rules being edited, before
 * saving anything; a learner starts the demo Associate certification and sees what it still needs.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class CertificationBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theVendorAdminPreviewsTheDatesBeforeSaving() {
        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser);

        var page = CertificationDefinitionPage.openNew(browser).preview("P1Y", "30", "10", "2026-03-15");

        assertThat(page.previewed("Expires")).isEqualTo("2027-03-15T00:00:00Z");
        assertThat(page.previewed("Window")).isEqualTo("2027-02-13T00:00:00Z");
        assertThat(page.previewed("Grace")).isEqualTo("2027-03-25T00:00:00Z");
    }

    @Test
    void aLearnerStartsACertificationForHerPositionAndSeesWhatItNeeds() {
        LoginPage.open(browser).signIn("alice");
        new MyLearningPage(browser);

        var page = MyCertificationsPage.open(browser).start("Certified Product Associate (Associate)");

        assertThat(page.certificationNames()).anySatisfy(name -> assertThat(name).startsWith("Certified Product Associate"));
        assertThat(page.missingRequirements()).anySatisfy(r -> assertThat(r).contains("EXAM-PRODUCT-100"));
    }
}
