package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Look-ups and fixtures of the partner network for the tests: ids by name, fresh partners and people. */
public final class Network {

    public static final String PASSWORD = "a-long-initial-password";

    private Network() {
    }

    /** A person the test created, signed in with the initial password the test gave them. */
    public static io.restassured.specification.RequestSpecification asNew(String username) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(username, PASSWORD)
                .contentType(io.restassured.http.ContentType.JSON).accept(io.restassured.http.ContentType.JSON);
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new partner of the given type (Silver tier), created by the vendor admin; returns its id. */
    public static long newPartner(String type) {
        return ((Number) as("admin").body(Map.of("name", "IT Partner " + suffix(), "type", type, "tier", "Silver"))
                .post(V1 + "/partners").then().statusCode(201).extract().path("id")).longValue();
    }

    public static long locationId(String admin, String name) {
        return ((Number) as(admin).get(V1 + "/locations").then().statusCode(200).extract()
                .path("find { it.name == '" + name + "' }.id")).longValue();
    }

    public static long personId(String admin, String username) {
        return ((Number) as(admin).get(V1 + "/people").then().statusCode(200).extract()
                .path("find { it.username == '" + username + "' }.id")).longValue();
    }

    public static long brandId(String code) {
        return ((Number) as("admin").get(V1 + "/brands").then().statusCode(200).extract()
                .path("find { it.code == '" + code + "' }.id")).longValue();
    }

    public static Map<String, Object> newPerson(List<Long> locationIds, List<String> roles) {
        String suffix = suffix();
        var person = new HashMap<String, Object>();
        person.put("username", "it." + suffix);
        person.put("displayName", "Ivy Tester " + suffix);
        person.put("email", "it." + suffix + "@example.com");
        person.put("position", "SALES_REP");
        person.put("locationIds", locationIds);
        person.put("roles", roles);
        person.put("initialPassword", PASSWORD);
        return person;
    }

    /** A person's changeable fields, for PUT /people/{id}. */
    public static Map<String, Object> change(String position, List<Long> locationIds, List<String> roles) {
        var change = new HashMap<String, Object>();
        change.put("position", position);
        change.put("locationIds", locationIds);
        change.put("roles", roles);
        return change;
    }
}
