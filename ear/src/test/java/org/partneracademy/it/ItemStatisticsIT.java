package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.InsightFixtures;
import org.partneracademy.it.support.Network;
import org.partneracademy.it.support.RealEar;

/**
 * Item statistics over real attempts made through the attempt API. Six candidates take a four-question
 * exam; question 4 is planted: the strong candidates miss it and the weak ones get it right.
 *
 * <pre>
 *               Q1 Q2 Q3 Q4  total
 *   3 strong     1  1  1  0    3
 *   1 medium     1  1  0  0    2
 *   2 weak       0  0  0  1    1
 * </pre>
 *
 * Upper and lower groups are round(6 x 0.27) = 2 candidates: two strong, the two weak.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class ItemStatisticsIT {

    private static final String PROBLEM = "application/problem+json";
    private static InsightFixtures.Exam exam;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @BeforeAll
    static void candidatesTakeTheExam() {
        exam = InsightFixtures.exam("EXAM", null, null, List.of("Basics", "Routing", "Security", "Planted"));
        long location = InsightFixtures.newLocation();
        for (int i = 0; i < 3; i++) {
            InsightFixtures.takeExam(InsightFixtures.newLearner(location), exam, true, true, true, false);
        }
        InsightFixtures.takeExam(InsightFixtures.newLearner(location), exam, true, true, false, false);
        for (int i = 0; i < 2; i++) {
            InsightFixtures.takeExam(InsightFixtures.newLearner(location), exam, false, false, false, true);
        }
        // An attempt still in progress has no final result and does not count.
        Network.asNew(InsightFixtures.newLearner(location)).post(V1 + "/exams/" + exam.id() + "/attempts")
                .then().statusCode(201);
    }

    @Test
    void theQuestionStrongCandidatesMissIsFlaggedAndTheOthersAreNot() {
        String q4 = "questions.find { it.questionId == " + exam.question(3).id() + " }";
        String q1 = "questions.find { it.questionId == " + exam.question(0).id() + " }";
        var statistics = as("admin").get(V1 + "/exams/" + exam.id() + "/statistics").then().statusCode(200)
                .body("gradedAttempts", equalTo(6))
                .body("flaggedCount", equalTo(1))
                .body("questions.size()", equalTo(4))
                .body("questions.questionId", equalTo(exam.questions().stream().map(q -> (int) q.id()).toList()))
                .body(q4 + ".answered", equalTo(6))
                .body(q4 + ".answeredRight", equalTo(2))
                .body(q4 + ".percentRight", equalTo(33.3f))
                .body(q4 + ".flagged", equalTo(true))
                .body(q4 + ".flagReason", containsString("strongest candidates"))
                .body(q1 + ".answeredRight", equalTo(4))
                .body(q1 + ".percentRight", equalTo(66.7f))
                .body(q1 + ".flagged", equalTo(false))
                .extract();
        assertThat(number(statistics.path(q4 + ".upperFacility"))).isEqualTo(0.0);
        assertThat(number(statistics.path(q4 + ".lowerFacility"))).isEqualTo(1.0);
        assertThat(number(statistics.path(q4 + ".discriminationIndex"))).isEqualTo(-1.0);
        assertThat(number(statistics.path(q4 + ".facility"))).isCloseTo(2.0 / 6, within(1e-6));
        assertThat(number(statistics.path(q1 + ".discriminationIndex"))).isEqualTo(1.0);
        // Q4: item (0,0,0,0,1,1) against rest-of-test (3,3,3,2,0,0); Q1: item (1,1,1,1,0,0) against (2,2,2,1,1,1).
        assertThat(number(statistics.path(q4 + ".pointBiserial"))).isCloseTo(-0.96476, within(1e-4));
        assertThat(number(statistics.path(q1 + ".pointBiserial"))).isCloseTo(0.70711, within(1e-4));
    }

    @Test
    void theStatisticsPageHighlightsAndExplainsTheFlaggedRow() {
        page("admin", "/admin/exam-statistics.xhtml?exam=" + exam.id()).then().statusCode(200)
                .body(containsString("<h1>Item statistics: " + "IT exam"))
                .body(containsString("flagged-question"))
                .body(containsString("Flagged: only 0 % of the strongest candidates get it right"))
                .body(containsString("A question is flagged (highlighted) when"));
    }

    @Test
    void onlyTheVendorAdminReadsStatistics() {
        as("alice").get(V1 + "/exams/" + exam.id() + "/statistics").then().statusCode(403).contentType(PROBLEM);
        as("pa.contoso").get(V1 + "/exams/" + exam.id() + "/statistics").then().statusCode(403).contentType(PROBLEM);
        as("admin").get(V1 + "/exams/987654321/statistics").then().statusCode(404).contentType(PROBLEM);
        page("alice", "/admin/exam-statistics.xhtml?exam=" + exam.id()).then().statusCode(403);
        page("pa.contoso", "/admin/exam-statistics.xhtml?exam=" + exam.id()).then().statusCode(403);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static io.restassured.response.Response page(String user, String path) {
        return given().auth().preemptive().basic(user, RealEar.DEMO_PASSWORD).redirects().follow(false)
                .accept("text/html").get(RealEar.BASE_URL + path);
    }
}
