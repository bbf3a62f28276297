package org.partneracademy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;

/**
 * Learners rate the courses of their own enrollments (once per course, replaced when given again); the
 * vendor admin reads average, count and comments; bad ratings and comments are refused and write nothing;
 * a comment's HTML is shown as text on the vendor's page.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class FeedbackIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLearnerRatesACourseAndGivingItAgainReplacesIt() {
        long courseId = ((Number) Api.publishedCourse("Rated module").path("id")).longValue();
        long alices = Api.enroll("alice", courseId);
        long bobs = Api.enroll("bob", courseId);

        as("alice").body(Map.of("rating", 4, "comment", "Useful")).put(V1 + "/enrollments/" + alices + "/feedback")
                .then().statusCode(200).body("rating", equalTo(4)).body("comment", equalTo("Useful"));
        as("alice").body(Map.of("rating", 2)).put(V1 + "/enrollments/" + alices + "/feedback")
                .then().statusCode(200).body("rating", equalTo(2));
        as("bob").body(Map.of("rating", 5, "comment", "Great")).put(V1 + "/enrollments/" + bobs + "/feedback")
                .then().statusCode(200);

        as("admin").get(V1 + "/courses/" + courseId + "/feedback").then().statusCode(200)
                .body("ratingCount", equalTo(2))
                .body("averageRating", equalTo(3.5f))
                .body("feedback", hasSize(2))
                .body("feedback.comment", hasItem("Great"))
                .body("feedback.comment", not(hasItem("Useful")));
    }

    /** Bad inputs tried: rating 0, rating 6, no rating, a 2,001-character comment, a body that is no JSON object. */
    @Test
    void badRatingsAndCommentsAreRefusedAndNothingIsWritten() {
        long courseId = ((Number) Api.publishedCourse("Strict module").path("id")).longValue();
        long enrollment = Api.enroll("carla", courseId);
        String url = V1 + "/enrollments/" + enrollment + "/feedback";

        as("carla").body(Map.of("rating", 0)).put(url).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("rating"));
        as("carla").body(Map.of("rating", 6)).put(url).then().statusCode(400).body("errors.field", hasItem("rating"));
        as("carla").body(Map.of("comment", "No rating")).put(url).then().statusCode(400).body("errors.field", hasItem("rating"));
        as("carla").body(Map.of("rating", 3, "comment", "x".repeat(2001))).put(url).then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        as("carla").body("[1,2]").put(url).then().statusCode(400).contentType(PROBLEM);

        as("admin").get(V1 + "/courses/" + courseId + "/feedback").then().statusCode(200)
                .body("ratingCount", equalTo(0)).body("feedback", hasSize(0));
        // The longest comment allowed is taken.
        as("carla").body(Map.of("rating", 3, "comment", "y".repeat(2000))).put(url).then().statusCode(200);
    }

    @Test
    void someoneElsesEnrollmentIsNotFound() {
        long courseId = ((Number) Api.publishedCourse("Private feedback").path("id")).longValue();
        long emmas = Api.enroll("emma", courseId);

        as("alice").body(Map.of("rating", 1, "comment", "Sabotage")).put(V1 + "/enrollments/" + emmas + "/feedback")
                .then().statusCode(404).contentType(PROBLEM);
        as("alice").body(Map.of("rating", 1)).put(V1 + "/enrollments/987654321/feedback")
                .then().statusCode(404).contentType(PROBLEM);
        as("admin").get(V1 + "/courses/" + courseId + "/feedback").then().statusCode(200).body("ratingCount", equalTo(0));
        as("admin").get(V1 + "/courses/987654321/feedback").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void htmlInACommentIsShownAsTextOnTheVendorsPage() {
        long courseId = ((Number) Api.publishedCourse("Escaped module").path("id")).longValue();
        long enrollment = Api.enroll("dmitri", courseId);
        String comment = "<script>alert('x')</script><b>bold</b> & more";
        var body = new HashMap<String, Object>(Map.of("rating", 5, "comment", comment));

        as("dmitri").body(body).put(V1 + "/enrollments/" + enrollment + "/feedback").then().statusCode(200)
                .body("comment", equalTo(comment));

        as("admin").accept("text/html").redirects().follow(false)
                .get(RealEar.BASE_URL + "/admin/feedback.xhtml?course=" + courseId)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert("))
                .body(containsString("&lt;b&gt;bold&lt;/b&gt; &amp; more"))
                .body(not(containsString("<script>alert(")))
                .body(not(containsString("<b>bold</b>")));
    }
}
