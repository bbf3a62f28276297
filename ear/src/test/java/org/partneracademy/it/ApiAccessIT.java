package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partneracademy.it.support.RealEar;

/**
 * Who may call what, endpoint by endpoint: every endpoint refuses anonymous callers, and every
 * role-restricted one refuses signed-in users of other roles. New endpoints get a row here.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class ApiAccessIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /** Anonymous: 401 with a problem document, never data or a login page. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET,/courses", "GET,/courses/1", "POST,/courses", "POST,/courses/1/publication", "POST,/enrollments",
            "GET,/sessions", "POST,/sessions", "GET,/sessions/1", "PUT,/sessions/1", "PUT,/sessions/1/allocations",
            "GET,/sessions/1/roster", "GET,/sessions/1/waitlist", "POST,/sessions/1/cancellation",
            "GET,/sessions/1/attendance", "PUT,/sessions/1/attendance",
            "GET,/enrollments", "GET,/enrollments/1", "PUT,/enrollments/1/modules/1/completion",
            "GET,/enrollments/1/registration", "GET,/me", "GET,/people", "GET,/people/1", "POST,/people",
            "POST,/people/1/deactivation", "POST,/people/import", "GET,/locations", "GET,/partners",
            "GET,/me/suggestions", "PUT,/enrollments/1/feedback", "GET,/courses/1/feedback", "GET,/team",
            "GET,/analytics/progress",
            "GET,/paths", "POST,/paths", "GET,/paths/1", "PUT,/paths/1", "GET,/course-relations",
            "POST,/course-relations/prerequisites", "POST,/course-relations/equivalencies",
            "DELETE,/course-relations/prerequisites/1", "DELETE,/course-relations/equivalencies/1",
            "GET,/rules", "POST,/rules", "GET,/rules/1", "PUT,/rules/1", "POST,/rules/preview", "GET,/me/paths",
            "GET,/people/1/paths",
            "GET,/tiers", "POST,/tiers", "PUT,/tiers/Gold", "GET,/brands", "POST,/brands", "PUT,/brands/1",
            "POST,/partners", "GET,/partners/1", "PUT,/partners/1", "GET,/partners/1/agreements",
            "POST,/partners/1/agreements", "PUT,/partners/1/agreements/1", "PUT,/people/1", "POST,/locations",
            "PUT,/locations/1",
            "PUT,/courses/1", "POST,/courses/1/versions", "GET,/courses/1/versions", "GET,/courses/1/offerings",
            "POST,/courses/1/offerings", "PUT,/courses/1/offerings/1", "GET,/notifications", "POST,/notifications/1/read",
            "GET,/exams/1/statistics",
            "GET,/certification-definitions", "POST,/certification-definitions", "GET,/certification-definitions/1",
            "PUT,/certification-definitions/1", "POST,/certification-definitions/preview", "POST,/certifications",
            "GET,/certifications", "GET,/certifications/1", "POST,/certifications/1/revocation",
            "POST,/certifications/1/requirements/1/confirmation", "GET,/me/certifications", "GET,/people/1/transcript",
            "GET,/platform/clock", "PUT,/platform/clock",
            "GET,/certificates/1/pdf", "GET,/objectives", "POST,/objectives", "PUT,/objectives/1", "DELETE,/objectives/1",
            "GET,/objectives/status", "POST,/objectives/evaluation", "GET,/partners/1/objectives/status",
            "GET,/tier-proposals", "POST,/tier-proposals/1/acceptance", "POST,/tier-proposals/1/declination",
            "GET,/analytics/certifications",
            "POST,/trainer-candidacies", "GET,/trainer-candidacies", "GET,/trainer-candidacies/1",
            "POST,/trainer-candidacies/1/decision", "POST,/trainer-candidacies/1/shadowings",
            "POST,/trainer-candidacies/1/co-deliveries", "POST,/trainer-candidacies/1/withdrawal",
            "GET,/me/trainer-candidacies",
            "GET,/delivery-standards", "GET,/delivery-standards/ILT-X", "PUT,/delivery-standards/ILT-X",
            "POST,/trainer-candidacies/1/observed-deliveries", "GET,/trainer-candidacies/1/history",
            "GET,/observed-deliveries/1", "POST,/signoff-tasks/x", "POST,/signoffs/1/corrections",
            "POST,/panel-escalations/x", "GET,/me/signoff-tasks", "GET,/me/signoffs"})
    void everyEndpointRefusesAnonymousCallers(String method, String path) {
        given().accept("application/json").contentType(bodyTypeOf(path)).body("{}").redirects().follow(false)
                .request(method, V1 + path)
                .then().statusCode(401).contentType(PROBLEM);
    }

    /** A signed-in user without the endpoint's role: 403, nothing done. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"alice,POST,/courses", "alice,POST,/courses/1/publication", "alice,GET,/people",
            "alice,POST,/sessions", "trainer.contoso,POST,/sessions", "leader,POST,/sessions", "alice,GET,/sessions/1",
            "trainer.contoso,GET,/sessions/1", "alice,PUT,/sessions/1", "leader,PUT,/sessions/1/allocations",
            "alice,GET,/sessions/1/roster", "trainer.contoso,GET,/sessions/1/waitlist", "alice,POST,/sessions/1/cancellation",
            "alice,GET,/sessions/1/attendance", "pa.contoso,GET,/sessions/1/attendance", "pa.contoso,PUT,/sessions/1/attendance",
            "alice,GET,/sessions?scope=managed", "trainer.contoso,GET,/sessions?scope=managed", "alice,GET,/sessions?scope=teaching",
            "admin,GET,/sessions?scope=teaching",
            "alice,GET,/people/1", "alice,POST,/people", "alice,POST,/people/1/deactivation", "alice,GET,/locations",
            "alice,POST,/people/import", "trainer.contoso,POST,/people/import",
            "alice,GET,/partners", "pa.contoso,GET,/partners", "leader,GET,/partners",
            "pa.contoso,POST,/courses", "pa.contoso,POST,/courses/1/publication",
            "trainer.contoso,POST,/people", "trainer.contoso,GET,/people",
            "admin,POST,/enrollments", "admin,GET,/enrollments", "admin,PUT,/enrollments/1/modules/1/completion",
            "leader,GET,/enrollments", "leader,GET,/people", "leader,POST,/people/1/deactivation",
            "admin,GET,/me/suggestions", "leader,GET,/me/suggestions", "admin,PUT,/enrollments/1/feedback",
            "alice,GET,/courses/1/feedback", "pa.contoso,GET,/courses/1/feedback", "leader,GET,/courses/1/feedback",
            "alice,GET,/team", "admin,GET,/team", "leader,GET,/team", "trainer.contoso,GET,/team",
            "alice,GET,/analytics/progress", "pa.contoso,GET,/analytics/progress", "leader,GET,/analytics/progress",
            "alice,GET,/paths", "alice,POST,/paths", "alice,GET,/paths/1", "alice,PUT,/paths/1",
            "pa.contoso,GET,/paths", "pa.contoso,PUT,/paths/1", "leader,POST,/paths",
            "alice,GET,/course-relations", "alice,POST,/course-relations/prerequisites",
            "pa.contoso,POST,/course-relations/equivalencies", "alice,DELETE,/course-relations/prerequisites/1",
            "alice,DELETE,/course-relations/equivalencies/1",
            "alice,GET,/rules", "alice,POST,/rules", "alice,GET,/rules/1", "alice,PUT,/rules/1", "alice,POST,/rules/preview",
            "pa.contoso,GET,/rules", "pa.contoso,POST,/rules/preview", "trainer.contoso,PUT,/rules/1",
            "admin,GET,/me/paths", "leader,GET,/me/paths",
            "alice,GET,/people/1/paths", "trainer.contoso,GET,/people/1/paths", "leader,GET,/people/1/paths",
            "alice,GET,/tiers", "pa.contoso,GET,/tiers", "pa.contoso,POST,/tiers", "pa.contoso,PUT,/tiers/Gold",
            "alice,POST,/brands", "pa.contoso,POST,/brands", "pa.contoso,PUT,/brands/1",
            "alice,POST,/partners", "pa.contoso,POST,/partners", "pa.contoso,GET,/partners/1",
            "pa.contoso,PUT,/partners/1", "leader,PUT,/partners/1", "pa.contoso,GET,/partners/1/agreements",
            "alice,POST,/partners/1/agreements", "pa.contoso,POST,/partners/1/agreements",
            "pa.contoso,PUT,/partners/1/agreements/1", "alice,PUT,/people/1", "trainer.contoso,PUT,/people/1",
            "leader,PUT,/people/1", "alice,POST,/locations", "trainer.contoso,POST,/locations", "alice,PUT,/locations/1",
            "alice,PUT,/courses/1", "pa.contoso,PUT,/courses/1", "alice,POST,/courses/1/versions",
            "trainer.contoso,POST,/courses/1/versions", "alice,POST,/courses/1/offerings", "pa.contoso,POST,/courses/1/offerings",
            "alice,PUT,/courses/1/offerings/1", "leader,PUT,/courses/1/offerings/1",
            "alice,GET,/exams/1/statistics",
            "pa.contoso,GET,/exams/1/statistics",
            "leader,GET,/exams/1/statistics",
            "trainer.contoso,GET,/exams/1/statistics",
            "alice,POST,/certification-definitions", "pa.contoso,PUT,/certification-definitions/1",
            "alice,POST,/certification-definitions/preview", "pa.contoso,POST,/certification-definitions/preview",
            "leader,POST,/certifications", "trainer.contoso,GET,/certifications", "alice,GET,/certifications",
            "leader,GET,/certifications", "alice,POST,/certifications/1/revocation", "pa.contoso,POST,/certifications/1/revocation",
            "pa.contoso,POST,/certifications/1/requirements/1/confirmation", "admin,GET,/me/certifications",
            "leader,GET,/people/1/transcript", "pa.contoso,PUT,/platform/clock", "alice,PUT,/platform/clock",
            "leader,GET,/platform/clock",
            "alice,GET,/objectives", "leader,GET,/objectives", "pa.contoso,POST,/objectives", "pa.contoso,PUT,/objectives/1",
            "pa.contoso,DELETE,/objectives/1", "pa.contoso,GET,/objectives/status", "pa.contoso,POST,/objectives/evaluation",
            "alice,GET,/partners/1/objectives/status", "leader,GET,/partners/1/objectives/status",
            "pa.contoso,GET,/tier-proposals", "pa.contoso,POST,/tier-proposals/1/acceptance",
            "alice,POST,/tier-proposals/1/declination", "pa.contoso,GET,/analytics/certifications",
            "alice,GET,/analytics/certifications",
            "alice,POST,/trainer-candidacies", "leader,POST,/trainer-candidacies", "trainer.contoso,POST,/trainer-candidacies",
            "alice,GET,/trainer-candidacies", "trainer.contoso,GET,/trainer-candidacies", "alice,GET,/trainer-candidacies/1",
            "pa.contoso,POST,/trainer-candidacies/1/decision", "leader,POST,/trainer-candidacies/1/decision",
            "pa.contoso,POST,/trainer-candidacies/1/shadowings", "alice,POST,/trainer-candidacies/1/co-deliveries",
            "leader,POST,/trainer-candidacies/1/withdrawal", "trainer.contoso,POST,/trainer-candidacies/1/withdrawal",
            "admin,GET,/me/trainer-candidacies", "pa.contoso,GET,/me/trainer-candidacies",
            "leader,PUT,/delivery-standards/ILT-X", "pa.contoso,GET,/delivery-standards", "alice,GET,/delivery-standards/ILT-X",
            "trainer.contoso,POST,/trainer-candidacies/1/observed-deliveries", "pa.contoso,POST,/trainer-candidacies/1/observed-deliveries",
            "pa.contoso,GET,/trainer-candidacies/1/history", "trainer.contoso,GET,/observed-deliveries/1",
            "admin,POST,/signoff-tasks/x", "trainer.contoso,POST,/signoff-tasks/x", "pa.contoso,POST,/signoffs/1/corrections",
            "admin,POST,/panel-escalations/x", "admin,GET,/me/signoff-tasks", "trainer.contoso,GET,/me/signoffs"})
    void roleRestrictedEndpointsRefuseOtherRoles(String user, String method, String path) {
        as(user).contentType(bodyTypeOf(path)).body("{}").request(method, V1 + path)
                .then().statusCode(403).contentType(PROBLEM);
    }

    /** The enrollment process's endpoints, signed out: 401. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST,/enrollments/1/offer-acceptance", "POST,/enrollments/1/cancellation", "POST,/enrollments/1/reschedule",
            "POST,/people/1/enrollments", "GET,/approvals", "PUT,/approvals/1"})
    void enrollmentProcessEndpointsRefuseAnonymousCallers(String method, String path) {
        everyEndpointRefusesAnonymousCallers(method, path);
    }

    /** The enrollment process's endpoints, with the wrong role: 403. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"admin,POST,/enrollments/1/offer-acceptance", "leader,POST,/enrollments/1/offer-acceptance",
            "leader,POST,/enrollments/1/cancellation", "leader,POST,/enrollments/1/reschedule",
            "leader,POST,/people/1/enrollments", "leader,GET,/approvals", "leader,PUT,/approvals/1"})
    void enrollmentProcessEndpointsRefuseOtherRoles(String user, String method, String path) {
        roleRestrictedEndpointsRefuseOtherRoles(user, method, path);
    }

    /** The assessment endpoints, signed out: 401. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET,/question-banks", "POST,/question-banks", "GET,/question-banks/1", "PUT,/question-banks/1",
            "POST,/question-banks/1/questions", "GET,/question-banks/1/questions/1", "PUT,/question-banks/1/questions/1",
            "DELETE,/question-banks/1/questions/1",
            "GET,/exams", "POST,/exams", "GET,/exams/1", "PUT,/exams/1", "PUT,/exams/1/questions", "PUT,/exams/1/draws",
            "POST,/exams/1/publication", "POST,/exams/1/retirement", "POST,/exams/1/attempts", "GET,/exams/1/attempts",
            "GET,/me/exams", "GET,/attempts/1", "PUT,/attempts/1/answers/1", "POST,/attempts/1/submission",
            "GET,/gradings", "GET,/gradings/1", "POST,/gradings/1"})
    void assessmentEndpointsRefuseAnonymousCallers(String method, String path) {
        everyEndpointRefusesAnonymousCallers(method, path);
    }

    /** The assessment endpoints, with the wrong role: 403. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"alice,GET,/question-banks", "leader,POST,/question-banks", "pa.contoso,GET,/question-banks/1",
            "alice,PUT,/question-banks/1", "alice,POST,/question-banks/1/questions", "alice,GET,/question-banks/1/questions/1",
            "leader,PUT,/question-banks/1/questions/1", "alice,DELETE,/question-banks/1/questions/1",
            "alice,GET,/exams", "alice,POST,/exams", "alice,GET,/exams/1", "leader,PUT,/exams/1",
            "alice,PUT,/exams/1/questions", "alice,PUT,/exams/1/draws", "alice,POST,/exams/1/publication",
            "pa.contoso,POST,/exams/1/retirement", "admin,POST,/exams/1/attempts", "leader,POST,/exams/1/attempts",
            "admin,GET,/exams/1/attempts", "admin,GET,/me/exams", "leader,GET,/me/exams",
            "admin,PUT,/attempts/1/answers/1", "leader,POST,/attempts/1/submission",
            "alice,GET,/gradings", "pa.contoso,GET,/gradings", "trainer.contoso,GET,/gradings/1", "alice,POST,/gradings/1"})
    void assessmentEndpointsRefuseOtherRoles(String user, String method, String path) {
        roleRestrictedEndpointsRefuseOtherRoles(user, method, path);
    }

    /** The trainer authorisation endpoints, signed out: 401. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST,/trainer-authorisations", "GET,/trainer-authorisations", "GET,/trainer-authorisations/1",
            "POST,/trainer-authorisations/1/suspension", "POST,/trainer-authorisations/1/reinstatement",
            "POST,/trainer-authorisations/1/revocation", "GET,/me/trainer-authorisations",
            "GET,/partners/1/designated-trainers"})
    void trainerAuthorisationEndpointsRefuseAnonymousCallers(String method, String path) {
        everyEndpointRefusesAnonymousCallers(method, path);
    }

    /** The trainer authorisation endpoints, with the wrong role: 403. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"leader,POST,/trainer-authorisations", "pa.contoso,POST,/trainer-authorisations",
            "trainer.contoso,POST,/trainer-authorisations", "alice,GET,/trainer-authorisations",
            "trainer.contoso,GET,/trainer-authorisations", "alice,GET,/trainer-authorisations/1",
            "trainer.contoso,GET,/trainer-authorisations/1", "pa.contoso,POST,/trainer-authorisations/1/suspension",
            "trainer.contoso,POST,/trainer-authorisations/1/suspension", "alice,POST,/trainer-authorisations/1/reinstatement",
            "pa.contoso,POST,/trainer-authorisations/1/revocation", "alice,GET,/me/trainer-authorisations",
            "admin,GET,/me/trainer-authorisations", "leader,GET,/me/trainer-authorisations",
            "alice,GET,/partners/1/designated-trainers", "trainer.contoso,GET,/partners/1/designated-trainers"})
    void trainerAuthorisationEndpointsRefuseOtherRoles(String user, String method, String path) {
        roleRestrictedEndpointsRefuseOtherRoles(user, method, path);
    }

    /** What each endpoint consumes, so the call reaches the role check instead of a 415. */
    private static String bodyTypeOf(String path) {
        return path.endsWith("/import") ? "text/csv" : "application/json";
    }

    /** The calendar invite (it answers text/calendar, so asked for as such): signed out 401, not a learner 403. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"admin", "leader"})
    void theSessionInviteIsForLearnersOnly(String user) {
        given().accept("text/calendar").redirects().follow(false).get(V1 + "/enrollments/1/invite.ics")
                .then().statusCode(401);
        given().auth().preemptive().basic(user, RealEar.DEMO_PASSWORD).accept("text/calendar")
                .get(V1 + "/enrollments/1/invite.ics").then().statusCode(403);
    }

    /** A certificate's PDF (asked for as such): signed out 401, without a learner's or admin's role 403. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"leader"})
    void theCertificatePdfIsForHoldersAndAdminsOnly(String user) {
        given().accept("application/pdf").redirects().follow(false).get(V1 + "/certificates/1/pdf").then().statusCode(401);
        given().auth().preemptive().basic(user, RealEar.DEMO_PASSWORD).accept("application/pdf")
                .get(V1 + "/certificates/1/pdf").then().statusCode(403);
    }

    /** Certificate verification is public: signed out it answers (404 for a code nobody holds), never 401. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/verifications/ABCDEFGHJKLMNPQR"})
    void certificateVerificationNeedsNoSignIn(String path) {
        given().accept("application/json").redirects().follow(false).get(V1 + path).then().statusCode(404).contentType(PROBLEM);
    }

    /** The period close (statement runs), signed out: 401. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST,/statement-runs", "GET,/statement-runs", "GET,/statement-runs?period=2001-01", "GET,/statement-runs/1"})
    void statementRunEndpointsRefuseAnonymousCallers(String method, String path) {
        everyEndpointRefusesAnonymousCallers(method, path);
    }

    /** The period close is the vendor admin's and the finance role's: every other role 403, nothing started. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"alice,POST,/statement-runs", "pa.contoso,POST,/statement-runs", "leader,POST,/statement-runs",
            "trainer.contoso,POST,/statement-runs", "pa.contoso,GET,/statement-runs", "alice,GET,/statement-runs/1",
            "pa.contoso,GET,/statement-runs/1"})
    void statementRunEndpointsRefuseOtherRoles(String user, String method, String path) {
        roleRestrictedEndpointsRefuseOtherRoles(user, method, path);
    }

    // --- Registration reports and statement views (issue 7, H3) ---

    /** The report and statement views, signed out: 401. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET,/partners/1/registration-report?period=2008-03",
            "GET,/partners/1/registration-report/export?format=csv&period=2008-03", "GET,/partners/1/statements",
            "GET,/statements/1", "GET,/statements/1/export?format=csv", "GET,/statements/summary?period=2008-03"})
    void reportEndpointsRefuseAnonymousCallers(String method, String path) {
        everyEndpointRefusesAnonymousCallers(method, path);
    }

    /**
     * The report and statement views, with the wrong role: 403. Partner admins, the vendor admin and finance
     * may read reports and statements (a partner admin only their own partner's: StatementIsolationIT); the
     * vendor overview is the vendor admin's and finance's only.
     */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"alice,GET,/partners/1/registration-report?period=2008-03",
            "trainer.contoso,GET,/partners/1/registration-report/export?format=csv&period=2008-03",
            "leader,GET,/partners/1/statements", "alice,GET,/statements/1", "leader,GET,/statements/1/export?format=pdf",
            "pa.contoso,GET,/statements/summary?period=2008-03", "alice,GET,/statements/summary?period=2008-03"})
    void reportEndpointsRefuseOtherRoles(String user, String method, String path) {
        roleRestrictedEndpointsRefuseOtherRoles(user, method, path);
    }
}
