package org.partneracademy.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.CertificationFixtures;
import org.partneracademy.it.support.CertifiedPeople;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * The certificate journey of issue 5 in a real browser: a learner assigned a certification that asks
 * for the demo exam EXAM-PRODUCT-100 takes and passes it, is certified by the lifecycle, downloads the
 * certificate PDF from My certifications, and the public verify page (signed out) shows it valid; once
 * the clock has passed its expiry the same page shows it expired.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class CertificateJourneyBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLearnerPassesTheExamIsCertifiedDownloadsTheCertificateAndItVerifiesThenExpires() throws IOException {
        long examId = ((Number) as("admin").get(V1 + "/exams").then().statusCode(200).extract()
                .path("find { it.code == 'EXAM-PRODUCT-100' }.id")).longValue();
        String code = "CERT-BROWSER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var definition = new HashMap<String, Object>(Map.of("code", code, "name", "Browser certified " + code,
                "level", 1, "levelName", "Associate", "positions", List.of("SALES_REP"), "validity", "P1Y",
                "expiryMode", "FROM_COMPLETION", "windowDays", 30, "graceDays", 0, "status", "ACTIVE"));
        definition.put("paths", List.of(Map.of("kind", "ORIGINAL", "name", "Original",
                "requirements", List.of(Map.of("kind", "EXAM", "examId", examId, "minScorePercent", 70)))));
        long definitionId = CertificationFixtures.create(definition);
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long certificationId = CertificationFixtures.assign("pa.contoso", definitionId, team.ids().get(learner));

        LoginPage.open(browser).signIn(learner, EnrollmentFixtures.LEARNER_PASSWORD);
        new MyLearningPage(browser);
        var result = MyExamsPage.fromMenu(browser).openExam("Product Tour 2026 exam").start()
                .choose(1, "Usage-based")
                .choose(2, "Dashboards")
                .choose(2, "Alerts")
                .choose(3, "True")
                .match(4, "Starter", "1 site")
                .match(4, "Business", "10 sites")
                .match(4, "Enterprise", "Unlimited sites")
                .write(6, "Connector")
                .choose(7, "Cloud console")
                .choose(8, "False")
                .submit();
        assertThat(result.outcome()).isEqualTo("Passed");

        assertThat(CertificationFixtures.awaitStatus(certificationId, "CERTIFIED")).isEqualTo("CERTIFIED");
        var mine = MyCertificationsPage.open(browser);
        String verificationCode = mine.verificationCode(code);
        assertThat(verificationCode).matches("[A-Z2-7]{16}");

        // The download, with the browser's own session: the PDF names the learner and carries the code.
        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        byte[] pdf = given().cookie(session.getName(), session.getValue()).redirects().follow(false)
                .get(mine.certificatePdfAddress(code)).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        var reader = new PdfReader(pdf);
        String text;
        try {
            text = new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
        assertThat(text).contains("Learner " + learner, "Browser certified " + code, verificationCode,
                RealEar.BASE_URL + "/verify/" + verificationCode);

        mine.signOut();
        var verify = VerifyPage.open(browser, verificationCode);
        assertThat(verify.state()).isEqualTo("VALID");
        assertThat(verify.holder()).isEqualTo("Learner " + learner);
        assertThat(verify.certification()).contains("Browser certified " + code);

        CertifiedPeople.advanceClock("P400D");
        assertThat(VerifyPage.open(browser, verificationCode).state()).isEqualTo("EXPIRED");
    }
}
