package org.partneracademy.web.rest.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.assessment.ExamService;
import org.partneracademy.assessment.LearnerExamView;
import org.partneracademy.platform.security.Role;

/** The published exams with where I stand. */
@Path("me/exams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class MyExamsResource {

    @Inject
    ExamService exams;

    @GET
    @RolesAllowed(Role.Names.LEARNER)
    @Operation(summary = "Published exams: rules, my attempts used, best score, passed, attempt in progress, retake after")
    public List<LearnerExamView> myExams() {
        return exams.publishedForMe();
    }
}
