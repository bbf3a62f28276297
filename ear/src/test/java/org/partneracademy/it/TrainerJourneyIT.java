package org.partneracademy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.TrainerFixtures.fabrikamSession;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.PanelFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;
import org.partneracademy.it.support.TrainerFixtures;

/**
 * The whole train-the-trainer way through the real features, each built on its own: a partner admin
 * nominates a trainer, the vendor accepts, the candidate attends a live session (enrollment and
 * attendance), shadows and co-delivers sessions led by an authorised trainer, delivers in front of a
 * panel of two training leaders who score the rubric, and ends authorised — after which, and not before,
 * the trainer can be picked as lead instructor of a session. The candidacy process, the panel process,
 * the PanelDecided and CandidacyPassed events and the authorisation grant all take part.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class TrainerJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aNominatedTrainerBecomesAnAuthorisedLeadInstructor() {
        var course = Sessions.publishedIltCourse();
        List<Long> criteria = PanelFixtures.standard(course.code(), PanelFixtures.rubric());
        var trainer = TrainerFixtures.newFabrikamTrainer();

        // Not authorised yet: the trainer cannot lead a session of the course.
        as("admin").body(fabrikamSession(course.publicOffering(), Sessions.inDays(60), List.of(trainer.personId()), List.of()))
                .post(V1 + "/sessions").then().statusCode(400).body("errors.field", hasItem("instructorIds[0]"))
                .body("errors.message", hasItem(containsString("no active authorisation")));

        var candidate = TrainerFixtures.atObservedDelivery(course, trainer);

        // The observed delivery in front of two training leaders, who both pass it.
        var first = PanelFixtures.leader(null);
        var second = PanelFixtures.leader(null);
        long delivery = PanelFixtures.schedule(candidate.candidacyId(), List.of(first, second));
        as("admin").get(V1 + "/trainer-candidacies/" + candidate.candidacyId()).then().body("status", equalTo("PANEL_REVIEW"));
        as(first.username()).body(PanelFixtures.signOff(criteria, 4, 4, "Clear, well-paced labs"))
                .post(V1 + "/signoff-tasks/" + PanelFixtures.taskOf(first, delivery)).then().statusCode(200);
        as(second.username()).body(PanelFixtures.signOff(criteria, 5, 3, "Strong delivery; labs could be tighter"))
                .post(V1 + "/signoff-tasks/" + PanelFixtures.taskOf(second, delivery)).then().statusCode(200);

        TrainerFixtures.awaitStatus(candidate.candidacyId(), "AUTHORISED");
        as("admin").get(V1 + "/observed-deliveries/" + delivery).then().statusCode(200).body("status", equalTo("PASSED"));
        EnrollmentFixtures.login(candidate.username()).get(V1 + "/me/trainer-authorisations").then().statusCode(200)
                .body("courseCode", hasItem(course.code())).body("status", hasItem("ACTIVE"));
        // The trainer reads the panel's feedback with their progress.
        EnrollmentFixtures.login(candidate.username()).get(V1 + "/me/trainer-candidacies").then().statusCode(200)
                .body("[0].observedDeliveries[0].status", equalTo("PASSED"))
                .body("[0].observedDeliveries[0].feedback.comments",
                        equalTo(List.of("Clear, well-paced labs", "Strong delivery; labs could be tighter")));

        // Now the trainer can lead a session of the course.
        as("admin").body(fabrikamSession(course.publicOffering(), Sessions.inDays(60), List.of(candidate.personId()), List.of()))
                .post(V1 + "/sessions").then().statusCode(201);
    }
}
