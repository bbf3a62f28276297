package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.CertifiedPeople;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;

/**
 * Partner certification objectives against real certified people (each test certifies people for a
 * definition of its own, so counts are exact): unmet, met and at risk; the partner's admins told once
 * per risk; the tier a partner's met objectives qualify it for proposed to the vendor and applied only
 * when accepted; bad objectives refused with nothing created.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class ObjectiveIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PASSWORD = "a-long-initial-password";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void anObjectiveIsUnmetUntilEnoughPeopleAreCertifiedThenMet() {
        var team = EnrollmentFixtures.team(2);
        var definition = CertifiedPeople.definition("P2Y", 30);
        long objective = objective(Map.of("partnerId", Sessions.CONTOSO, "definitionId", definition.id(),
                "position", "SALES_REP", "requiredCount", 2));
        assertStatus("pa.contoso", Sessions.CONTOSO, objective, 0, 0, "UNMET");
        long certifiedBefore = ((Number) as("admin").get(V1 + "/analytics/certifications").then().statusCode(200)
                .extract().path("certifiedLearners")).longValue();

        var first = team.learners().get(0);
        CertifiedPeople.certify(definition, first, team.ids().get(first));
        assertStatus("pa.contoso", Sessions.CONTOSO, objective, 1, 0, "UNMET");

        var second = team.learners().get(1);
        CertifiedPeople.certify(definition, second, team.ids().get(second));
        assertStatus("pa.contoso", Sessions.CONTOSO, objective, 2, 0, "MET");
        assertStatus("admin", Sessions.CONTOSO, objective, 2, 0, "MET");
        as("admin").get(V1 + "/analytics/certifications").then().statusCode(200)
                .body("certifiedLearners", equalTo((int) certifiedBefore + 2))
                .body("horizonDays", equalTo(60));
        as("admin").get(V1 + "/objectives/status?size=100").then().statusCode(200)
                .body("items.find { it.partnerId == 2 }.objectives.find { it.objectiveId == " + objective + " }.state",
                        equalTo("MET"));
    }

    @Test
    void expiriesWithinSixtyDaysPutAnObjectiveAtRiskAndThePartnersAdminsAreToldOnce() {
        var team = EnrollmentFixtures.team(1);
        var definition = CertifiedPeople.definition("P30D", 10);
        long objective = objective(Map.of("partnerId", Sessions.CONTOSO, "definitionId", definition.id(),
                "position", "SALES_REP", "requiredCount", 1));
        var learner = team.learners().get(0);

        CertifiedPeople.certify(definition, learner, team.ids().get(learner));

        assertStatus("pa.contoso", Sessions.CONTOSO, objective, 1, 1, "AT_RISK");
        // The certification's status change re-evaluated Contoso: its admin is told at once.
        assertThat(EnrollmentFixtures.await(Duration.ofSeconds(15), () -> riskNotices(definition.name()) == 1)).isTrue();
        as("admin").post(V1 + "/objectives/evaluation").then().statusCode(200);
        as("admin").post(V1 + "/objectives/evaluation").then().statusCode(200);
        assertThat(riskNotices(definition.name())).isEqualTo(1);
        as("pa.fabrikam").get(V1 + "/notifications").then().statusCode(200)
                .body("title.findAll { it.contains('" + definition.name() + "') }.size()", equalTo(0));
    }

    @Test
    void aPartnerMeetingAHigherTiersObjectivesIsProposedItAndOneOfTwoRacingDecisionsWins() {
        var tier = newTier();
        var partner = newPartnerWithSalesRep();
        var definition = CertifiedPeople.definition("P2Y", 30);
        long objective = objective(Map.of("tierCode", tier, "definitionId", definition.id(), "position", "SALES_REP",
                "requiredCount", 1));
        try {
            as("admin").get(V1 + "/partners/" + partner.id() + "/objectives/status").then().statusCode(200)
                    .body("tier", equalTo("Silver")).body("qualifiedTier", equalTo("Silver"));

            CertifiedPeople.certify(definition, "admin", () -> asPerson(partner.username()), partner.personId());

            as("admin").get(V1 + "/partners/" + partner.id() + "/objectives/status").then().statusCode(200)
                    .body("qualifiedTier", equalTo(tier)).body("tier", equalTo("Silver"));
            long proposal = awaitProposal(partner.id(), tier);
            // Proposed, not applied.
            as("admin").get(V1 + "/partners/" + partner.id()).then().statusCode(200).body("tier", equalTo("Silver"));

            // Two decisions at once: the row lock lets one through, the other is a conflict.
            var decisions = List.of(
                    CompletableFuture.supplyAsync(() -> as("admin").post(V1 + "/tier-proposals/" + proposal + "/acceptance")
                            .then().extract().statusCode()),
                    CompletableFuture.supplyAsync(() -> as("admin").post(V1 + "/tier-proposals/" + proposal + "/declination")
                            .then().extract().statusCode()));
            var outcomes = decisions.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(outcomes).containsExactly(200, 409);
            String decided = as("admin").get(V1 + "/tier-proposals").then().statusCode(200).extract()
                    .path("find { it.id == " + proposal + " }.status");
            assertThat(decided).isIn("ACCEPTED", "DECLINED");
            if ("DECLINED".equals(decided)) {
                as("admin").get(V1 + "/partners/" + partner.id()).then().statusCode(200).body("tier", equalTo("Silver"));
                return;
            }
            as("admin").get(V1 + "/tier-proposals").then().statusCode(200)
                    .body("find { it.id == " + proposal + " }.decidedBy", equalTo("admin"));
            as("admin").get(V1 + "/partners/" + partner.id()).then().statusCode(200).body("tier", equalTo(tier));

            // Deciding twice: 409, nothing changed.
            as("admin").post(V1 + "/tier-proposals/" + proposal + "/acceptance").then().statusCode(409).contentType(PROBLEM);
            as("admin").post(V1 + "/tier-proposals/" + proposal + "/declination").then().statusCode(409).contentType(PROBLEM);
            as("admin").get(V1 + "/partners/" + partner.id()).then().statusCode(200).body("tier", equalTo(tier));
            as("admin").get(V1 + "/tier-proposals").then().statusCode(200)
                    .body("find { it.id == " + proposal + " }.status", equalTo("ACCEPTED"));
        } finally {
            as("admin").delete(V1 + "/objectives/" + objective).then().statusCode(204);
        }
    }

    @Test
    void aDeclinedProposalIsNotMadeAgainAndTheTierStays() {
        var tier = newTier();
        var partner = newPartnerWithSalesRep();
        var definition = CertifiedPeople.definition("P2Y", 30);
        long objective = objective(Map.of("tierCode", tier, "definitionId", definition.id(), "position", "SALES_REP",
                "requiredCount", 1));
        try {
            CertifiedPeople.certify(definition, "admin", () -> asPerson(partner.username()), partner.personId());
            long proposal = awaitProposal(partner.id(), tier);

            as("admin").post(V1 + "/tier-proposals/" + proposal + "/declination").then().statusCode(200)
                    .body("status", equalTo("DECLINED"));
            as("admin").post(V1 + "/objectives/evaluation").then().statusCode(200);

            as("admin").get(V1 + "/tier-proposals?status=PROPOSED").then().statusCode(200)
                    .body("findAll { it.partnerId == " + partner.id() + " }.size()", equalTo(0));
            as("admin").get(V1 + "/partners/" + partner.id()).then().statusCode(200).body("tier", equalTo("Silver"));
            as("pa.contoso").post(V1 + "/tier-proposals/" + proposal + "/acceptance").then().statusCode(403);
        } finally {
            as("admin").delete(V1 + "/objectives/" + objective).then().statusCode(204);
        }
    }

    /** Bad objectives: clear errors, and the list of objectives is as before. */
    @Test
    void badObjectivesAreRefusedAndNothingIsCreated() {
        var definition = CertifiedPeople.definition("P2Y", 30);
        long first = objective(Map.of("partnerId", Sessions.FABRIKAM, "definitionId", definition.id(),
                "position", "SALES_REP", "requiredCount", 1));
        int before = as("admin").get(V1 + "/objectives").then().statusCode(200).extract().path("size()");

        post(Map.of("partnerId", Sessions.FABRIKAM, "tierCode", "Gold", "definitionId", definition.id(),
                "position", "SALES_REP", "requiredCount", 1), 422, "partnerId");
        post(Map.of("definitionId", definition.id(), "position", "SALES_REP", "requiredCount", 1), 422, "tierCode");
        post(Map.of("partnerId", Sessions.FABRIKAM, "definitionId", 999999999, "position", "SALES_REP", "requiredCount", 1),
                404, "999999999");
        post(Map.of("partnerId", 999999999, "definitionId", definition.id(), "position", "SALES_REP", "requiredCount", 1),
                404, "999999999");
        post(Map.of("tierCode", "NoSuchTier", "definitionId", definition.id(), "position", "SALES_REP", "requiredCount", 1),
                404, "NoSuchTier");
        post(Map.of("partnerId", Sessions.FABRIKAM, "definitionId", definition.id(), "position", "SALES_REP",
                "requiredCount", 0), 400, null);
        post(Map.of("partnerId", Sessions.FABRIKAM, "definitionId", definition.id(), "position", "VENDOR_STAFF",
                "requiredCount", 1), 422, "VENDOR_STAFF");
        post(Map.of("partnerId", Sessions.FABRIKAM, "definitionId", definition.id(), "position", "SALES_REP",
                "requiredCount", 3), 409, "already exists");
        as("admin").body(Map.of("requiredCount", 0)).put(V1 + "/objectives/" + first).then().statusCode(400);

        as("admin").get(V1 + "/objectives").then().statusCode(200).body("size()", equalTo(before))
                .body("find { it.id == " + first + " }.requiredCount", equalTo(1));
    }

    /** A partner admin sees their own partner's objectives; another partner's status does not exist for them. */
    @Test
    void aPartnerAdminSeesOnlyTheirOwnPartnersObjectives() {
        var definition = CertifiedPeople.definition("P2Y", 30);
        long contosos = objective(Map.of("partnerId", Sessions.CONTOSO, "definitionId", definition.id(),
                "position", "SALES_REP", "requiredCount", 1));

        as("pa.contoso").get(V1 + "/objectives").then().statusCode(200).body("id", hasItem((int) contosos));
        as("pa.fabrikam").get(V1 + "/objectives").then().statusCode(200)
                .body("findAll { it.id == " + contosos + " }.size()", equalTo(0));
        as("pa.fabrikam").get(V1 + "/partners/" + Sessions.CONTOSO + "/objectives/status").then().statusCode(404)
                .contentType(PROBLEM);
        as("pa.contoso").get(V1 + "/partners/" + Sessions.FABRIKAM + "/objectives/status").then().statusCode(404);
        as("pa.contoso").get(V1 + "/partners/999999999/objectives/status").then().statusCode(404);
    }

    private static void post(Map<String, Object> body, int status, String detail) {
        var response = as("admin").body(body).post(V1 + "/objectives").then().statusCode(status).contentType(PROBLEM);
        if (detail != null) {
            response.body("detail", containsString(detail));
        }
    }

    private static long objective(Map<String, Object> body) {
        return ((Number) as("admin").body(body).post(V1 + "/objectives").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static void assertStatus(String user, long partner, long objective, int certified, int expiring, String state) {
        var status = as(user).get(V1 + "/partners/" + partner + "/objectives/status").then().statusCode(200).extract();
        String path = "objectives.find { it.objectiveId == " + objective + " }";
        assertThat(((Number) status.path(path + ".certified")).intValue()).as("certified").isEqualTo(certified);
        assertThat(((Number) status.path(path + ".expiringSoon")).intValue()).as("expiring soon").isEqualTo(expiring);
        assertThat((String) status.path(path + ".state")).isEqualTo(state);
    }

    private static int riskNotices(String definitionName) {
        List<String> titles = as("pa.contoso").get(V1 + "/notifications").then().statusCode(200).extract().path("title");
        return (int) titles.stream().filter(t -> t.equals("Certification objective at risk: " + definitionName + " (SALES_REP)"))
                .count();
    }

    private static long awaitProposal(long partner, String tier) {
        var id = new long[1];
        boolean proposed = EnrollmentFixtures.await(Duration.ofSeconds(15), () -> {
            Number found = as("admin").get(V1 + "/tier-proposals?status=PROPOSED").then().statusCode(200).extract()
                    .path("find { it.partnerId == " + partner + " && it.proposedTier == '" + tier + "' }.id");
            if (found != null) {
                id[0] = found.longValue();
            }
            return found != null;
        });
        assertThat(proposed).as("a proposal of " + tier).isTrue();
        return id[0];
    }

    /** A tier of its own far above the demo tiers, so no other objective decides it. */
    private static String newTier() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin").body(Map.of("code", code, "name", "IT tier " + code, "level", ThreadLocalRandom.current().nextInt(100, 1_000_000)))
                .post(V1 + "/tiers").then().statusCode(201);
        return code;
    }

    private record NewPartner(long id, long personId, String username) {
    }

    private static NewPartner newPartnerWithSalesRep() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long partner = ((Number) as("admin").body(Map.of("name", "IT Objectives " + suffix, "type", "RESELLER", "tier", "Silver"))
                .post(V1 + "/partners").then().statusCode(201).extract().path("id")).longValue();
        long location = ((Number) as("admin").body(Map.of("partnerId", partner, "name", "Office " + suffix, "brandIds", List.of()))
                .post(V1 + "/locations").then().statusCode(201).extract().path("id")).longValue();
        String user = "it.objective." + suffix;
        var person = new HashMap<String, Object>(Map.of("partnerId", partner, "username", user,
                "displayName", "Olga Objective " + suffix, "email", user + "@example.com", "position", "SALES_REP",
                "locationIds", List.of(location), "roles", List.of("LEARNER"), "initialPassword", PASSWORD));
        long personId = ((Number) as("admin").body(person).post(V1 + "/people").then().statusCode(201)
                .extract().path("id")).longValue();
        return new NewPartner(partner, personId, user);
    }

    private static io.restassured.specification.RequestSpecification asPerson(String username) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(username, PASSWORD)
                .contentType(io.restassured.http.ContentType.JSON).accept(io.restassured.http.ContentType.JSON);
    }
}
