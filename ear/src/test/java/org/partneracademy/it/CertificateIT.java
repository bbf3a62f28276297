package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partneracademy.it.support.CertifiedPeople;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * Certificates of real certifications (a learner completes the required course and the lifecycle issues
 * the certificate): the PDF for those who may see it, parsed back; the public verification by code,
 * signed out, as valid, revoked and, once the clock passed expiry, expired; unknown and malformed codes.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final String PROBLEM = "application/problem+json";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void thePdfCarriesHolderCertificationLevelDatesCodeAndTheVerifyAddress() throws IOException {
        var team = EnrollmentFixtures.team(1);
        var learner = team.learners().get(0);
        var definition = CertifiedPeople.definition("P2Y", 30);
        var certified = CertifiedPeople.certify(definition, learner, team.ids().get(learner));

        var response = EnrollmentFixtures.login(learner).accept("application/pdf")
                .get(V1 + "/certificates/" + certified.certificateId() + "/pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("certificate-" + certified.verificationCode() + ".pdf"))
                .extract();
        var text = pdfText(response.asByteArray());

        var certification = as("admin").get(V1 + "/certifications?learnerId=" + certified.learnerId()
                + "&definitionId=" + definition.id()).then().statusCode(200).extract();
        Instant issued = Instant.parse(certification.path("[0].certifiedAt"));
        Instant expires = Instant.parse(certification.path("[0].expiresAt"));
        assertThat(text).contains("Learner " + learner, definition.name(), "Level: Associate",
                "Issued: " + PRINTED.format(issued), "Expires: " + PRINTED.format(expires),
                "Verification code: " + certified.verificationCode(),
                RealEar.BASE_URL + "/verify/" + certified.verificationCode());
        assertThat(text).doesNotContain(learner + "@example.com");
    }

    /** The holder, the partner admin who administers them and the vendor admin; everyone else: 404. */
    @Test
    void onlyTheHolderTheirPartnerAdminAndTheVendorAdminGetThePdf() {
        var team = EnrollmentFixtures.team(2);
        var holder = team.learners().get(0);
        var colleague = team.learners().get(1);
        var certified = CertifiedPeople.certify(CertifiedPeople.definition("P2Y", 30), holder, team.ids().get(holder));
        var pdf = V1 + "/certificates/" + certified.certificateId() + "/pdf";

        EnrollmentFixtures.login(holder).accept("application/pdf").get(pdf).then().statusCode(200);
        as("pa.contoso").accept("application/pdf").get(pdf).then().statusCode(200);
        as("admin").accept("application/pdf").get(pdf).then().statusCode(200);

        as("pa.fabrikam").accept("application/pdf").get(pdf).then().statusCode(404);
        EnrollmentFixtures.login(colleague).accept("application/pdf").get(pdf).then().statusCode(404);
        as("alice").accept("application/pdf").get(pdf).then().statusCode(404);
        as("admin").accept("application/pdf").get(V1 + "/certificates/999999999/pdf").then().statusCode(404);
        given().accept("application/pdf").redirects().follow(false).get(pdf).then().statusCode(401);
    }

    /** Signed out: the state, the holder's name, the certification and its dates, and no other field. */
    @Test
    void aValidCodeVerifiesSignedOutWithNothingPersonalBeyondNameCertificationAndDates() {
        var team = EnrollmentFixtures.team(1);
        var learner = team.learners().get(0);
        var definition = CertifiedPeople.definition("P2Y", 30);
        var certified = CertifiedPeople.certify(definition, learner, team.ids().get(learner));

        var verification = given().accept("application/json").get(V1 + "/verifications/" + certified.verificationCode())
                .then().statusCode(200)
                .body("state", equalTo("VALID"))
                .body("holderName", equalTo("Learner " + learner))
                .body("certificationName", equalTo(definition.name()))
                .body("level", equalTo("Associate"))
                .body("issuedAt", notNullValue())
                .body("expiresAt", notNullValue())
                .body("revokedAt", nullValue())
                .extract().<Map<String, Object>>path("$");
        assertThat(verification.keySet()).containsExactlyInAnyOrder("verificationCode", "state", "holderName",
                "certificationName", "level", "issuedAt", "expiresAt");

        given().redirects().follow(false).get(RealEar.BASE_URL + "/verify/" + certified.verificationCode())
                .then().statusCode(200)
                .body(containsString("<strong id=\"state\">VALID</strong>"))
                .body(containsString("Learner " + learner))
                .body(containsString(definition.name()))
                .body(not(containsString(learner + "@example.com")));
    }

    @Test
    void anUnknownCodeIsAClear404OnTheApiAndThePage() {
        given().accept("application/json").get(V1 + "/verifications/ABCDEFGHJKLMNPQR")
                .then().statusCode(404).contentType(PROBLEM).body("title", equalTo("Not found"))
                .body("detail", containsString("ABCDEFGHJKLMNPQR"));
        given().redirects().follow(false).get(RealEar.BASE_URL + "/verify/ABCDEFGHJKLMNPQR")
                .then().statusCode(404).body(containsString("No certificate has this verification code"));
    }

    /** Wrong characters or length: 404 without looking the code up, and nothing of it echoed into the page. */
    @ParameterizedTest
    @ValueSource(strings = {"abc'%20or%201=1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "ABCDEFGHJKLMNPQRSTUVWXYZ2",
            "AB", "ABCD%2E%2E%2Fx"})
    void aMalformedCodeIs404(String code) {
        given().accept("application/json").urlEncodingEnabled(false).get(V1 + "/verifications/" + code)
                .then().statusCode(404).contentType(PROBLEM);
        given().urlEncodingEnabled(false).redirects().follow(false).get(RealEar.BASE_URL + "/verify/" + code)
                .then().statusCode(404).body(containsString("No certificate has this verification code"))
                .body(not(containsString("<script>alert")));
    }

    @Test
    void aRevokedCertificateVerifiesAsRevokedWithoutItsReason() {
        var team = EnrollmentFixtures.team(1);
        var learner = team.learners().get(0);
        var certified = CertifiedPeople.certify(CertifiedPeople.definition("P2Y", 30), learner,
                team.ids().get(learner));

        as("admin").body(Map.of("reason", "Exam fraud found in an audit"))
                .post(V1 + "/certifications/" + certified.certificationId() + "/revocation").then().statusCode(200);

        var body = given().accept("application/json").get(V1 + "/verifications/" + certified.verificationCode())
                .then().statusCode(200).body("state", equalTo("REVOKED")).body("revokedAt", notNullValue())
                .extract().asString();
        assertThat(body).doesNotContain("fraud");
        given().get(RealEar.BASE_URL + "/verify/" + certified.verificationCode()).then().statusCode(200)
                .body(containsString("<strong id=\"state\">REVOKED</strong>")).body(not(containsString("fraud")));
    }

    @Test
    void afterTheClockPassesExpiryTheCertificateVerifiesAsExpired() {
        var team = EnrollmentFixtures.team(1);
        var learner = team.learners().get(0);
        var certified = CertifiedPeople.certify(CertifiedPeople.definition("P1Y", 30), learner,
                team.ids().get(learner));
        given().accept("application/json").get(V1 + "/verifications/" + certified.verificationCode())
                .then().statusCode(200).body("state", equalTo("VALID"));

        CertifiedPeople.advanceClock("P400D");

        given().accept("application/json").get(V1 + "/verifications/" + certified.verificationCode())
                .then().statusCode(200).body("state", equalTo("EXPIRED"));
        given().get(RealEar.BASE_URL + "/verify/" + certified.verificationCode()).then().statusCode(200)
                .body(containsString("<strong id=\"state\">EXPIRED</strong>"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        try {
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
