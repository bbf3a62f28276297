package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.CertificationFixtures.assign;
import static org.partneracademy.it.support.CertificationFixtures.awaitStatus;
import static org.partneracademy.it.support.CertificationFixtures.completeCourse;
import static org.partneracademy.it.support.CertificationFixtures.create;
import static org.partneracademy.it.support.CertificationFixtures.definition;
import static org.partneracademy.it.support.CertificationFixtures.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.AssessmentFixtures;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * Certification definitions and issuance on the real EAR without moving the clock: the definition's bad
 * inputs (each refused with field errors, nothing saved), the what-if preview, issuance from a real
 * self-paced completion (done before or after the assignment), revisions that never rewrite a
 * certificate, revocation (twice, and racing), self-assignment, and the scope of partner admins.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void issuedFromARealCompletionWithTheCauseRecorded() {
        var course = Api.publishedCourse("Basics", "Practice");
        long courseId = ((Number) course.path("id")).longValue();
        long definitionId = create(definition(courseId, "P1Y", 30, 30));
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long certificationId = assign("pa.contoso", definitionId, team.ids().get(learner));
        assertThat(status(certificationId)).isEqualTo("ASSIGNED");

        long enrollmentId = completeCourse(learner, courseId, Api.moduleIds(course));

        assertThat(awaitStatus(certificationId, "CERTIFIED")).isEqualTo("CERTIFIED");
        var certification = EnrollmentFixtures.login(learner).get(V1 + "/certifications/" + certificationId)
                .then().statusCode(200).extract();
        assertThat(certification.<String>path("verificationCode")).matches("[A-Z2-7]{16}");
        assertThat(certification.<String>path("expiresAt")).isNotNull();
        assertThat(certification.<List<String>>path("cycles[0].events.type"))
                .containsExactly("ASSIGNED", "REQUIREMENT_MET", "CERTIFIED");
        assertThat(certification.<String>path("cycles[0].events[1].causeRef")).isEqualTo("enrollment " + enrollmentId);
        assertThat(certification.<String>path("cycles[0].events[1].cause")).isEqualTo("ENROLLMENT_COMPLETED");
        assertThat(certification.<String>path("cycles[0].certificate.status")).isEqualTo("VALID");
    }

    @Test
    void issuedFromAPassedExamWithTheMinimumScore() {
        long exam = AssessmentFixtures.publishedExam(Map.of(), AssessmentFixtures.autoGradedQuestions(false));
        var body = definition(1L, "P2Y", 60, 30);
        body.put("paths", List.of(Map.of("kind", "ORIGINAL", "name", "Exam only", "requirements",
                List.of(Map.of("kind", "EXAM", "examId", exam, "minScorePercent", 90)))));
        long definitionId = create(body);
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long certificationId = assign("admin", definitionId, team.ids().get(learner));

        var attempt = EnrollmentFixtures.login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(201)
                .extract().jsonPath();
        AssessmentFixtures.answerRight(learner, attempt);
        EnrollmentFixtures.login(learner).post(V1 + "/attempts/" + attempt.getLong("id") + "/submission").then().statusCode(200)
                .body("passed", equalTo(true));

        assertThat(awaitStatus(certificationId, "CERTIFIED")).isEqualTo("CERTIFIED");
        var certification = as("admin").get(V1 + "/certifications/" + certificationId).then().extract();
        assertThat(certification.<String>path("cycles[0].events[1].cause")).isEqualTo("EXAM_PASSED");
        assertThat(certification.<String>path("cycles[0].events[1].causeRef")).isEqualTo("attempt " + attempt.getLong("id"));
    }

    @Test
    void aPerformanceFigureConfirmedByTheVendorAdminCertifiesOnceAndOnlyOnce() {
        var body = definition(1L, "P1Y", 30, 30);
        body.put("paths", List.of(Map.of("kind", "ORIGINAL", "name", "Performance", "requirements",
                List.of(Map.of("kind", "PERFORMANCE", "metric", "QUARTERLY_DEALS", "minValue", 3)))));
        long definitionId = create(body);
        long requirementId = ((Number) as("admin").get(V1 + "/certification-definitions/" + definitionId).then()
                .extract().path("paths[0].requirements[0].id")).longValue();
        var team = EnrollmentFixtures.team(1);
        long certificationId = assign("admin", definitionId, team.ids().get(team.learners().get(0)));
        as("admin").get(V1 + "/certifications/" + certificationId).then()
                .body("requirements[0].why", equalTo("Missing: a vendor admin confirms the figure"));

        String confirmation = V1 + "/certifications/" + certificationId + "/requirements/" + requirementId + "/confirmation";
        as("admin").body(Map.of("note", "4 deals in Q3")).post(confirmation).then().statusCode(200);
        as("admin").body(Map.of("note", "again")).post(confirmation).then().statusCode(409);

        assertThat(awaitStatus(certificationId, "CERTIFIED")).isEqualTo("CERTIFIED");
        var events = as("admin").get(V1 + "/certifications/" + certificationId).then().extract();
        assertThat(events.<List<String>>path("cycles[0].events.type")).containsExactly("ASSIGNED", "REQUIREMENT_MET", "CERTIFIED");
        assertThat(events.<String>path("cycles[0].events[1].cause")).isEqualTo("ADMIN");
        assertThat(events.<String>path("cycles[0].events[1].causeRef")).isEqualTo("4 deals in Q3");
    }

    @Test
    void aCompletedLearningPathMeetsItsRequirement() {
        var first = Api.publishedCourse("Only module");
        var second = Api.publishedCourse("Only module");
        long firstId = ((Number) first.path("id")).longValue();
        long secondId = ((Number) second.path("id")).longValue();
        long pathId = ((Number) as("admin").body(Map.of("name", "Certification path " + java.util.UUID.randomUUID(),
                        "position", "SALES_REP", "groups", List.of(Map.of("kind", "REQUIRED", "courseIds", List.of(firstId, secondId))),
                        "prerequisitePathIds", List.of()))
                .post(V1 + "/paths").then().statusCode(201).extract().path("id")).longValue();
        var body = definition(firstId, "P1Y", 30, 30);
        body.put("paths", List.of(Map.of("kind", "ORIGINAL", "name", "The path", "requirements",
                List.of(Map.of("kind", "LEARNING_PATH", "learningPathId", pathId)))));
        long definitionId = create(body);
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long certificationId = assign("admin", definitionId, team.ids().get(learner));

        completeCourse(learner, firstId, Api.moduleIds(first));
        // Half the path: nothing met yet.
        EnrollmentFixtures.await(java.time.Duration.ofSeconds(3), () -> false);
        assertThat(status(certificationId)).isEqualTo("ASSIGNED");
        completeCourse(learner, secondId, Api.moduleIds(second));

        assertThat(awaitStatus(certificationId, "CERTIFIED")).isEqualTo("CERTIFIED");
        as("admin").get(V1 + "/certifications/" + certificationId).then()
                .body("cycles[0].events[1].causeRef", equalTo("learning path " + pathId));
    }

    @Test
    void workDoneBeforeTheAssignmentCountsForTheOriginalPath() {
        var course = Api.publishedCourse("Only module");
        long courseId = ((Number) course.path("id")).longValue();
        long definitionId = create(definition(courseId, null, 0, 0));
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        completeCourse(learner, courseId, Api.moduleIds(course));

        long certificationId = assign("admin", definitionId, team.ids().get(learner));

        assertThat(awaitStatus(certificationId, "CERTIFIED")).isEqualTo("CERTIFIED");
        // No validity: it never expires.
        as("admin").get(V1 + "/certifications/" + certificationId).then().body("expiresAt", equalTo(null));
    }

    @Test
    void editingADefinitionRaisesItsRevisionAndNeverRewritesAnIssuedCertificate() {
        var course = Api.publishedCourse("Only module");
        long courseId = ((Number) course.path("id")).longValue();
        var body = definition(courseId, "P1Y", 30, 30);
        long definitionId = create(body);
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long certificationId = assign("admin", definitionId, team.ids().get(learner));
        completeCourse(learner, courseId, Api.moduleIds(course));
        awaitStatus(certificationId, "CERTIFIED");
        String expiresBefore = as("admin").get(V1 + "/certifications/" + certificationId).then().extract()
                .path("cycles[0].certificate.expiresAt");

        body.put("validity", "P3Y");
        as("admin").body(body).put(V1 + "/certification-definitions/" + definitionId).then().statusCode(200)
                .body("revision", equalTo(2)).body("validity", equalTo("P3Y"));

        as("admin").get(V1 + "/certifications/" + certificationId).then()
                .body("cycles[0].certificate.expiresAt", equalTo(expiresBefore))
                .body("cycles[0].certificate.definitionRevision", equalTo(1));
    }

    @Test
    void badDefinitionsAreRefusedFieldByFieldAndNothingIsSaved() {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        int before = definitionCount();

        var windowTooLong = definition(courseId, "P1M", 40, 0);
        refused(windowTooLong, "windowDays");
        var fixedWithoutDay = definition(courseId, "P1Y", 0, 0);
        fixedWithoutDay.put("expiryMode", "FIXED_DATE");
        refused(fixedWithoutDay, "fixedExpiryDay");
        var badValidity = definition(courseId, "two years", 0, 0);
        refused(badValidity, "validity");
        var unknownCourse = definition(999_999_999L, "P1Y", 0, 0);
        refused(unknownCourse, "paths[0].requirements[0].courseId");
        var unknownExam = definition(courseId, "P1Y", 0, 0);
        unknownExam.put("paths", List.of(Map.of("kind", "ORIGINAL", "name", "Original", "requirements",
                List.of(Map.of("kind", "EXAM", "examId", 999_999_999L, "minScorePercent", 70)))));
        refused(unknownExam, "paths[0].requirements[0].examId");
        var twoOriginals = definition(courseId, "P1Y", 0, 0);
        twoOriginals.put("paths", List.of(
                Map.of("kind", "ORIGINAL", "name", "A", "requirements", List.of(Map.of("kind", "COURSE", "courseId", courseId))),
                Map.of("kind", "ORIGINAL", "name", "B", "requirements", List.of(Map.of("kind", "COURSE", "courseId", courseId)))));
        refused(twoOriginals, "paths");
        var unknownLevel = definition(courseId, "P1Y", 0, 0);
        unknownLevel.put("requiresDefinitionId", 999_999_999L);
        unknownLevel.put("level", 2);
        refused(unknownLevel, "requiresDefinitionId");

        assertThat(definitionCount()).isEqualTo(before);
    }

    @Test
    void aLevelThatRequiresItselfOrFormsACycleIsRefusedAndUnchanged() {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        var associate = definition(courseId, "P2Y", 60, 30);
        long associateId = create(associate);
        var professional = definition(courseId, "P2Y", 60, 30);
        professional.put("level", 2);
        professional.put("levelName", "Professional");
        professional.put("requiresDefinitionId", associateId);
        long professionalId = create(professional);

        associate.put("requiresDefinitionId", associateId);
        as("admin").body(associate).put(V1 + "/certification-definitions/" + associateId).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("requiresDefinitionId"));
        associate.put("level", 3);
        associate.put("requiresDefinitionId", professionalId);
        as("admin").body(associate).put(V1 + "/certification-definitions/" + associateId).then().statusCode(400)
                .body("errors.field", hasItem("requiresDefinitionId"));

        as("admin").get(V1 + "/certification-definitions/" + associateId).then().statusCode(200)
                .body("revision", equalTo(1)).body("level", equalTo(1)).body("requiresDefinitionId", equalTo(null));
    }

    @Test
    void thePreviewShowsTheDatesOfSavedAndUnsavedRules() {
        as("admin").body(Map.of("validity", "P2Y", "expiryMode", "FROM_COMPLETION", "windowDays", 60, "graceDays", 30,
                        "completedAt", "2026-03-15T10:30:00Z"))
                .post(V1 + "/certification-definitions/preview").then().statusCode(200)
                .body("expiresAt", equalTo("2028-03-15T10:30:00Z"))
                .body("windowOpensAt", equalTo("2028-01-15T10:30:00Z"))
                .body("graceEndsAt", equalTo("2028-04-14T10:30:00Z"));
        as("admin").body(Map.of("validity", "P1Y", "expiryMode", "FIXED_DATE", "fixedExpiryDay", "12-31",
                        "completedAt", "2026-03-15T10:30:00Z"))
                .post(V1 + "/certification-definitions/preview").then().statusCode(200)
                .body("expiresAt", equalTo("2028-01-01T00:00:00Z"));
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        long definitionId = create(definition(courseId, "P1Y", 30, 10));
        as("admin").body(Map.of("definitionId", definitionId, "completedAt", "2026-01-01T00:00:00Z"))
                .post(V1 + "/certification-definitions/preview").then().statusCode(200)
                .body("expiresAt", equalTo("2027-01-01T00:00:00Z"));
        // As edited, unsaved: a window longer than the validity is explained, not computed.
        as("admin").body(Map.of("definitionId", definitionId, "windowDays", 400, "completedAt", "2026-01-01T00:00:00Z"))
                .post(V1 + "/certification-definitions/preview").then().statusCode(400)
                .body("errors.field", hasItem("windowDays"));
        as("admin").get(V1 + "/certification-definitions/" + definitionId).then().body("windowDays", equalTo(30));
    }

    @Test
    void revokingTwiceIsAConflictAndChangesNothing() {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        long definitionId = create(definition(courseId, "P1Y", 30, 30));
        var team = EnrollmentFixtures.team(1);
        long certificationId = assign("admin", definitionId, team.ids().get(team.learners().get(0)));

        as("admin").body(Map.of("reason", "Exam fraud")).post(V1 + "/certifications/" + certificationId + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        as("admin").body(Map.of("reason", "Again")).post(V1 + "/certifications/" + certificationId + "/revocation")
                .then().statusCode(409).contentType("application/problem+json");

        var events = as("admin").get(V1 + "/certifications/" + certificationId).then().extract().<List<String>>path("cycles[0].events.type");
        assertThat(events).containsExactly("ASSIGNED", "REVOKED");
        as("admin").get(V1 + "/certifications/" + certificationId).then().body("cycles[0].events[1].note", equalTo("Exam fraud"));
    }

    @Test
    void twoRevocationsRacingRevokeOnce() throws Exception {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        long definitionId = create(definition(courseId, "P1Y", 30, 30));
        var team = EnrollmentFixtures.team(1);
        long certificationId = assign("admin", definitionId, team.ids().get(team.learners().get(0)));

        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(() -> as("admin").body(Map.of("reason", "Race")).post(V1 + "/certifications/" + certificationId
                    + "/revocation").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (var future : pool.invokeAll(calls)) {
            statuses.add(future.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(as("admin").get(V1 + "/certifications/" + certificationId).then().extract()
                .<List<String>>path("cycles[0].events.type")).containsExactly("ASSIGNED", "REVOKED");
    }

    @Test
    void aLearnerCannotRevoke() {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        long definitionId = create(definition(courseId, "P1Y", 30, 30));
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long certificationId = assign("admin", definitionId, team.ids().get(learner));

        EnrollmentFixtures.login(learner).body(Map.of("reason", "mine")).post(V1 + "/certifications/" + certificationId
                + "/revocation").then().statusCode(403);

        assertThat(status(certificationId)).isEqualTo("ASSIGNED");
    }

    @Test
    void aLearnerAssignsThemselvesADefinitionForTheirPositionOnly() {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        long forSales = create(definition(courseId, "P1Y", 30, 30));
        var forEngineers = definition(courseId, "P1Y", 30, 30);
        forEngineers.put("positions", List.of("PRE_SALES_ENGINEER"));
        long forEngineersId = create(forEngineers);
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);

        EnrollmentFixtures.login(learner).body(Map.of("definitionId", forSales)).post(V1 + "/certifications")
                .then().statusCode(201).body("[0].status", equalTo("ASSIGNED"));
        EnrollmentFixtures.login(learner).body(Map.of("definitionId", forEngineersId)).post(V1 + "/certifications")
                .then().statusCode(422);
        // Someone else: not found.
        EnrollmentFixtures.login(learner).body(Map.of("definitionId", forSales, "learnerIds", List.of(team.ids().get(team.manager()))))
                .post(V1 + "/certifications").then().statusCode(404);
        // Twice: a conflict.
        EnrollmentFixtures.login(learner).body(Map.of("definitionId", forSales)).post(V1 + "/certifications")
                .then().statusCode(409);

        EnrollmentFixtures.login(learner).get(V1 + "/me/certifications").then().statusCode(200)
                .body("definitionId", hasItems((int) forSales));
    }

    @Test
    void aPartnerAdminSeesAndAssignsOnlyTheirOwnPeople() {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        long definitionId = create(definition(courseId, "P1Y", 30, 30));
        var team = EnrollmentFixtures.team(1);
        long contosoLearner = team.ids().get(team.learners().get(0));
        long certificationId = assign("pa.contoso", definitionId, contosoLearner);

        as("pa.fabrikam").body(Map.of("definitionId", definitionId, "learnerIds", List.of(contosoLearner)))
                .post(V1 + "/certifications").then().statusCode(404);
        as("pa.fabrikam").get(V1 + "/certifications/" + certificationId).then().statusCode(404);
        as("pa.fabrikam").get(V1 + "/people/" + contosoLearner + "/transcript").then().statusCode(404);
        assertThat(as("pa.fabrikam").get(V1 + "/certifications?definitionId=" + definitionId).then().statusCode(200)
                .extract().<List<Object>>path("id")).isEmpty();

        as("pa.contoso").get(V1 + "/people/" + contosoLearner + "/transcript").then().statusCode(200)
                .body("[0].id", equalTo((int) certificationId));
        assertThat(as("pa.contoso").get(V1 + "/certifications?definitionId=" + definitionId).then().statusCode(200)
                .extract().<List<Integer>>path("id")).containsExactly((int) certificationId);
    }

    private static void refused(Map<String, Object> body, String field) {
        as("admin").body(body).post(V1 + "/certification-definitions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static int definitionCount() {
        return as("admin").get(V1 + "/certification-definitions").then().statusCode(200).extract().<List<Object>>path("id").size();
    }
}
