package org.partneracademy.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** REST calls of the tests, as a named demo user over HTTP Basic. */
public final class Api {

    public static final String V1 = RealEar.BASE_URL + "/api/v1";

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, RealEar.DEMO_PASSWORD)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Drafts and publishes a self-paced course with the given module titles; returns its JSON. */
    public static ExtractableResponse<Response> publishedCourse(String... moduleTitles) {
        long id = ((Number) draftCourse(moduleTitles).path("id")).longValue();
        return as("admin").post(V1 + "/courses/" + id + "/publication").then().statusCode(200).extract();
    }

    public static ExtractableResponse<Response> draftCourse(String... moduleTitles) {
        var modules = java.util.Arrays.stream(moduleTitles).map(t -> Map.of("title", t, "durationMinutes", 15)).toList();
        return as("admin").body(Map.of(
                        "code", "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "title", "Integration course " + String.join(", ", moduleTitles),
                        "description", "Created by an integration test",
                        "format", "SELF_PACED",
                        "language", "en",
                        "listPrice", "149.00",
                        "currency", "EUR",
                        "modules", modules))
                .post(V1 + "/courses").then().statusCode(201).extract();
    }

    public static long enroll(String learner, long courseId) {
        return ((Number) as(learner).body(Map.of("courseId", courseId)).post(V1 + "/enrollments")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    public static List<Long> moduleIds(ExtractableResponse<Response> course) {
        return course.<List<Number>>path("modules.id").stream().map(Number::longValue).toList();
    }
}
