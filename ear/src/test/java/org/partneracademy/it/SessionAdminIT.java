package org.partneracademy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Sessions.CONTOSO;
import static org.partneracademy.it.support.Sessions.CONTOSO_TRAINER;
import static org.partneracademy.it.support.Sessions.FABRIKAM;
import static org.partneracademy.it.support.Sessions.FABRIKAM_TRAINER;
import static org.partneracademy.it.support.Sessions.NORTHWIND;
import static org.partneracademy.it.support.Sessions.body;
import static org.partneracademy.it.support.Sessions.create;
import static org.partneracademy.it.support.Sessions.day;
import static org.partneracademy.it.support.Sessions.inDays;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;

/**
 * Sessions over REST as the vendor admin and partner admins: schedule, change, list, allocate, cancel,
 * rosters and waitlists, the learners' open sessions, and every bad input refused with the field named
 * and nothing changed.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class SessionAdminIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theVendorAdminSchedulesChangesListsAndCancelsASession() {
        var course = Sessions.publishedIltCourse();
        var body = body(course.publicOffering());
        body.put("days", List.of(day(inDays(40), "09:00", "17:00"), day(inDays(41), "09:00", "13:00")));
        body.put("deliveringPartnerId", CONTOSO);
        body.put("instructorIds", List.of(CONTOSO_TRAINER));

        long id = ((Number) as("admin").body(body).post(V1 + "/sessions").then().statusCode(201)
                .header("Location", containsString("/sessions/"))
                .body("courseCode", equalTo(course.code())).body("status", equalTo("SCHEDULED"))
                .body("days.size()", equalTo(2)).body("deliveredBy", equalTo("Contoso Training"))
                .body("instructors.username", equalTo(List.of("trainer.contoso")))
                .body("seatsLeft", equalTo(10)).body("belowMinimum", equalTo(true))
                .extract().path("id")).longValue();

        body.put("capacity", 12);
        body.put("virtualLink", "https://meet.example.com/ilt");
        as("admin").body(body).put(V1 + "/sessions/" + id).then().statusCode(200)
                .body("capacity", equalTo(12)).body("virtualLink", equalTo("https://meet.example.com/ilt"));
        as("admin").get(V1 + "/sessions/" + id).then().statusCode(200).body("capacity", equalTo(12))
                .body("days[1].endsAt", equalTo("13:00:00"));

        as("admin").queryParam("scope", "managed").queryParam("course", course.code()).get(V1 + "/sessions")
                .then().statusCode(200).header("X-Total-Count", "1").body("id", equalTo(List.of((int) id)));
        as("admin").queryParam("scope", "managed").queryParam("course", course.code())
                .queryParam("from", inDays(41).toString()).queryParam("to", inDays(50).toString()).get(V1 + "/sessions")
                .then().statusCode(200).body("id", equalTo(List.of((int) id)));
        as("admin").queryParam("scope", "managed").queryParam("course", course.code())
                .queryParam("from", inDays(42).toString()).get(V1 + "/sessions")
                .then().statusCode(200).header("X-Total-Count", "0");
        as("admin").queryParam("scope", "managed").queryParam("course", course.code()).queryParam("belowMinimum", "true")
                .get(V1 + "/sessions").then().statusCode(200).body("id", equalTo(List.of((int) id)));

        as("admin").body(Map.of("reason", "Trainer unavailable")).post(V1 + "/sessions/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Trainer unavailable"));
        // A cancelled session stays as it is.
        as("admin").body(body).put(V1 + "/sessions/" + id).then().statusCode(422).contentType(PROBLEM);
        as("admin").body(Map.of("reason", "again")).post(V1 + "/sessions/" + id + "/cancellation").then().statusCode(422);
        as("admin").queryParam("scope", "managed").queryParam("course", course.code()).queryParam("status", "CANCELLED")
                .get(V1 + "/sessions").then().statusCode(200).body("id", equalTo(List.of((int) id)));
        as("alice").queryParam("course", course.code()).get(V1 + "/sessions").then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void everyBadSessionIsRefusedNamingTheFieldAndNothingIsWritten() {
        var course = Sessions.publishedIltCourse();

        // capacity 0
        refused(course.publicOffering(), b -> b.put("capacity", 0), "capacity");
        // end before start
        refused(course.publicOffering(), b -> b.put("days", List.of(day(inDays(30), "17:00", "09:00"))), "days[0].endsAt");
        // cut-off after the first day starts (09:00 Berlin is at most 08:00 UTC)
        refused(course.publicOffering(), b -> b.put("enrollmentClosesAt", inDays(30) + "T08:30:00Z"), "enrollmentClosesAt");
        // unknown time zone
        refused(course.publicOffering(), b -> b.put("timeZone", "Europe/Atlantis"), "timeZone");
        // neither a venue nor a virtual link
        refused(course.publicOffering(), b -> b.remove("venue"), "venue");
        // no days at all, a minimum above the capacity, a link that is no address
        refused(course.publicOffering(), b -> b.put("days", List.of()), "days");
        refused(course.publicOffering(), b -> b.put("minToRun", 11), "minToRun");
        refused(course.publicOffering(), b -> b.put("virtualLink", "not a link"), "virtualLink");
        // instructors: Fabrikam's trainer for a Contoso session, a learner, the vendor delivering with a partner trainer
        refused(course.publicOffering(), b -> {
            b.put("deliveringPartnerId", CONTOSO);
            b.put("instructorIds", List.of(FABRIKAM_TRAINER));
        }, "instructorIds[0]");
        refused(course.publicOffering(), b -> {
            b.put("deliveringPartnerId", CONTOSO);
            b.put("instructorIds", List.of(CONTOSO_TRAINER, 2L));
        }, "instructorIds[1]");
        refused(course.publicOffering(), b -> b.put("instructorIds", List.of(CONTOSO_TRAINER)), "instructorIds[0]");
        // an unknown offering and partner
        refused(course.publicOffering(), b -> b.put("offeringId", 987654), "offeringId");
        refused(course.publicOffering(), b -> b.put("deliveringPartnerId", 987654), "deliveringPartnerId");

        as("admin").queryParam("scope", "managed").queryParam("course", course.code()).get(V1 + "/sessions")
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void badChangesAndAllocationsAreRefusedAndTheSessionStaysAsItWas() {
        var course = Sessions.publishedIltCourse();
        var publicBody = body(course.publicOffering());
        long open = create("admin", publicBody);
        long closed = create("admin", body(course.privateOffering()));
        List.of("alice", "bob", "carla").forEach(learner -> Sessions.enroll(learner, open, "SEATED"));

        // capacity below the 3 seats held
        publicBody.put("capacity", 2);
        publicBody.put("minToRun", 1);
        as("admin").body(publicBody).put(V1 + "/sessions/" + open).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("capacity")))
                .body("errors[0].message", containsString("3 seat(s) already held"));
        // the cut-off after the first day, on a change
        publicBody.put("capacity", 10);
        publicBody.put("enrollmentClosesAt", inDays(31) + "T00:00:00Z");
        as("admin").body(publicBody).put(V1 + "/sessions/" + open).then().statusCode(400)
                .body("errors.field", equalTo(List.of("enrollmentClosesAt")));
        as("admin").get(V1 + "/sessions/" + open).then().statusCode(200)
                .body("capacity", equalTo(10)).body("seatsHeld", equalTo(3))
                .body("enrollmentClosesAt", containsString(inDays(27).toString()));

        // reserved seats on a public offering
        as("admin").body(Map.of("allocations", List.of(Map.of("partnerId", CONTOSO, "reserved", 2))))
                .put(V1 + "/sessions/" + open + "/allocations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("allocations[0].reserved")));
        // reserved seats beyond the capacity of the private class
        as("admin").body(Map.of("allocations", List.of(Map.of("partnerId", CONTOSO, "reserved", 6),
                        Map.of("partnerId", FABRIKAM, "reserved", 5))))
                .put(V1 + "/sessions/" + closed + "/allocations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("allocations")));
        // a negative quota, an unknown partner
        as("admin").body(Map.of("allocations", List.of(Map.of("partnerId", CONTOSO, "quota", -1))))
                .put(V1 + "/sessions/" + closed + "/allocations").then().statusCode(400)
                .body("errors.field", hasItem("allocations[0].quota"));
        as("admin").body(Map.of("allocations", List.of(Map.of("partnerId", 987654, "reserved", 1))))
                .put(V1 + "/sessions/" + closed + "/allocations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("allocations[0].partnerId")));
        as("admin").get(V1 + "/sessions/" + closed).then().statusCode(200).body("allocations.size()", equalTo(0));

        // a good allocation: quota for Northwind on the public session, a Contoso reservation on the private one
        as("admin").body(Map.of("allocations", List.of(Map.of("partnerId", NORTHWIND, "quota", 5))))
                .put(V1 + "/sessions/" + open + "/allocations").then().statusCode(200)
                .body("allocations[0].quota", equalTo(5));
        as("admin").body(Map.of("allocations", List.of(Map.of("partnerId", CONTOSO, "reserved", 4))))
                .put(V1 + "/sessions/" + closed + "/allocations").then().statusCode(200)
                .body("allocations[0].reserved", equalTo(4));
        // a cancellation needs a reason
        as("admin").body(Map.of("reason", " ")).post(V1 + "/sessions/" + open + "/cancellation").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("admin").get(V1 + "/sessions/" + open).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void theRosterListsSeatedLearnersAndTheWaitlistKeepsItsOrder() {
        var course = Sessions.publishedIltCourse();
        var small = body(course.publicOffering());
        small.put("capacity", 2);
        small.put("minToRun", 1);
        long session = create("admin", small);
        Sessions.enroll("alice", session, "SEATED");
        Sessions.enroll("bob", session, "SEATED");
        Sessions.enroll("emma", session, "WAITLISTED");
        Sessions.enroll("carla", session, "WAITLISTED");

        as("admin").get(V1 + "/sessions/" + session + "/roster").then().statusCode(200)
                .body("username", equalTo(List.of("alice", "bob"))).body("state", hasItems("SEATED"));
        as("admin").get(V1 + "/sessions/" + session + "/waitlist").then().statusCode(200)
                .body("username", equalTo(List.of("emma", "carla"))).body("position", equalTo(List.of(1, 2)))
                .body("partnerName", equalTo(List.of("Contoso Training", "Northwind Resellers")));
        as("admin").get(V1 + "/sessions/" + session).then().statusCode(200)
                .body("seatsLeft", equalTo(0)).body("waitlisted", equalTo(2));

        // Cancelling releases everyone.
        as("admin").body(Map.of("reason", "Venue closed")).post(V1 + "/sessions/" + session + "/cancellation")
                .then().statusCode(200).body("seatsHeld", equalTo(0));
        as("admin").get(V1 + "/sessions/" + session + "/roster").then().statusCode(200).body("size()", equalTo(0));
        as("admin").get(V1 + "/sessions/" + session + "/waitlist").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void learnersSeeOpenSessionsAndPrivateClassesOfTheirPartnerOnly() {
        var course = Sessions.publishedIltCourse();
        long open = create("admin", body(course.publicOffering()));
        long closed = create("admin", body(course.privateOffering()));
        as("admin").body(Map.of("allocations", List.of(Map.of("partnerId", CONTOSO, "reserved", 5))))
                .put(V1 + "/sessions/" + closed + "/allocations").then().statusCode(200);
        var late = body(course.publicOffering());
        late.put("enrollmentClosesAt", "2020-01-01T00:00:00Z");
        long closedForEnrollment = create("admin", late);

        as("alice").queryParam("course", course.code()).get(V1 + "/sessions").then().statusCode(200)
                .body("id", equalTo(List.of((int) open)))
                .body("[0].seatsLeft", equalTo(10)).body("[0].allocations.size()", equalTo(0));
        as("emma").queryParam("course", course.code()).get(V1 + "/sessions").then().statusCode(200)
                .body("id", hasItems((int) open, (int) closed)).body("id", not(hasItem((int) closedForEnrollment)));
        as("alice").queryParam("course", course.code()).queryParam("from", inDays(31).toString()).get(V1 + "/sessions")
                .then().statusCode(200).header("X-Total-Count", "0");
        // Bad parameters are named.
        as("alice").queryParam("from", "tomorrow").get(V1 + "/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("from")));
        as("alice").queryParam("scope", "everything").get(V1 + "/sessions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("scope")));
    }

    @Test
    void aPartnerAdminManagesTheSessionsTheirPartnerDeliversAndNoOthers() {
        var course = Sessions.publishedIltCourse();
        var contosoBody = body(course.publicOffering());
        contosoBody.put("instructorIds", List.of(CONTOSO_TRAINER));
        long contosos = ((Number) as("pa.contoso").body(contosoBody).post(V1 + "/sessions").then().statusCode(201)
                .body("deliveringPartnerId", equalTo((int) CONTOSO)).extract().path("id")).longValue();
        long vendors = create("admin", body(course.publicOffering()));

        // Contoso may not schedule for Fabrikam.
        var forFabrikam = body(course.publicOffering());
        forFabrikam.put("deliveringPartnerId", FABRIKAM);
        as("pa.contoso").body(forFabrikam).post(V1 + "/sessions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("deliveringPartnerId")));

        contosoBody.put("deliveringPartnerId", CONTOSO);
        contosoBody.put("capacity", 8);
        as("pa.contoso").body(contosoBody).put(V1 + "/sessions/" + contosos).then().statusCode(200).body("capacity", equalTo(8));
        as("pa.contoso").queryParam("scope", "managed").queryParam("course", course.code()).get(V1 + "/sessions")
                .then().statusCode(200).body("id", equalTo(List.of((int) contosos)));

        // The vendor's session is out of Contoso's reach; Contoso's is out of Northwind's.
        for (var call : List.<Map.Entry<String, Long>>of(Map.entry("pa.contoso", vendors), Map.entry("pa.northwind", contosos))) {
            String admin = call.getKey();
            long id = call.getValue();
            as(admin).get(V1 + "/sessions/" + id).then().statusCode(404).contentType(PROBLEM);
            as(admin).body(body(course.publicOffering())).put(V1 + "/sessions/" + id).then().statusCode(404);
            as(admin).body(Map.of("allocations", List.of())).put(V1 + "/sessions/" + id + "/allocations").then().statusCode(404);
            as(admin).get(V1 + "/sessions/" + id + "/roster").then().statusCode(404);
            as(admin).get(V1 + "/sessions/" + id + "/waitlist").then().statusCode(404);
            as(admin).body(Map.of("reason", "not mine")).post(V1 + "/sessions/" + id + "/cancellation").then().statusCode(404);
        }
        as("pa.northwind").queryParam("scope", "managed").queryParam("course", course.code()).get(V1 + "/sessions")
                .then().statusCode(200).header("X-Total-Count", "0");
        as("admin").get(V1 + "/sessions/" + vendors).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        as("admin").get(V1 + "/sessions/" + contosos).then().statusCode(200).body("status", equalTo("SCHEDULED"))
                .body("capacity", equalTo(8));
    }

    @Test
    void theOfferingPolicyIsEditableWithinItsRange() {
        var course = Sessions.publishedIltCourse();
        String url = V1 + "/courses/" + course.id() + "/offerings/" + course.privateOffering();
        as("admin").body(Map.of("listPrice", "4000.00", "currency", "EUR", "requiresApproval", true, "freeCancellationDays", 14))
                .put(url).then().statusCode(200).body("requiresApproval", equalTo(true)).body("freeCancellationDays", equalTo(14));
        // Bad inputs: -1 and 366 days.
        for (int days : List.of(-1, 366)) {
            as("admin").body(Map.of("listPrice", "4000.00", "currency", "EUR", "freeCancellationDays", days))
                    .put(url).then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("freeCancellationDays")));
        }
        // A price change alone keeps the policy.
        as("admin").body(Map.of("listPrice", "4100.00", "currency", "EUR")).put(url).then().statusCode(200)
                .body("requiresApproval", equalTo(true)).body("freeCancellationDays", equalTo(14));
        as("admin").body(Map.of("kind", "ONSITE", "listPrice", "9000.00", "currency", "EUR", "requiresApproval", true,
                        "freeCancellationDays", 0))
                .post(V1 + "/courses/" + course.id() + "/offerings").then().statusCode(201)
                .body("requiresApproval", equalTo(true)).body("freeCancellationDays", equalTo(0));
    }

    /** The demo sessions (V7) are upcoming, with their deliverers, instructors and Contoso's reservation. */
    @Test
    void theDemoSessionsAreScheduled() {
        as("admin").queryParam("scope", "managed").queryParam("course", "SERVICE-210").get(V1 + "/sessions").then()
                .statusCode(200).body("deliveredBy", hasItem("Contoso Training"))
                .body("find { it.deliveredBy == 'Contoso Training' }.instructors[0].username", equalTo("trainer.contoso"));
        // From today: the demo ledger (V15) also holds Fabrikam's TRAIN-100 classes of last month.
        as("admin").queryParam("scope", "managed").queryParam("course", "TRAIN-100").queryParam("from", inDays(0).toString())
                .get(V1 + "/sessions").then()
                .statusCode(200).body("find { it.deliveredBy == 'Fabrikam Delivery' }.days.size()", equalTo(3));
        as("admin").queryParam("scope", "managed").queryParam("course", "PRESALES-301").get(V1 + "/sessions").then()
                .statusCode(200).body("find { it.offeringKind == 'PRIVATE' }.allocations[0].reserved", equalTo(6));
        as("alice").queryParam("course", "MGMT-100").get(V1 + "/sessions").then().statusCode(200)
                .body("capacity", hasItem(2));
        as("alice").queryParam("course", "SALES-301").get(V1 + "/sessions").then().statusCode(200)
                .body("virtualLink", hasItem("https://meet.example.com/sales-301"));
        // The private class is Contoso's: Northwind's learners do not see it, Contoso's do.
        as("alice").queryParam("course", "PRESALES-301").get(V1 + "/sessions").then().statusCode(200)
                .body("offeringKind", not(hasItem("PRIVATE")));
        as("emma").queryParam("course", "PRESALES-301").get(V1 + "/sessions").then().statusCode(200)
                .body("offeringKind", hasItem("PRIVATE"));
    }

    private static void refused(long offeringId, Consumer<Map<String, Object>> change, String field) {
        var body = body(offeringId);
        change.accept(body);
        as("admin").body(body).post(V1 + "/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(field));
    }
}
