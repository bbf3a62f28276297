package org.partneracademy.web.rest.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.assessment.statistics.ExamStatistics;
import org.partneracademy.assessment.statistics.ExamStatisticsService;
import org.partneracademy.platform.security.Role;

@Path("exams/{id}/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class ExamStatisticsResource {

    @Inject
    ExamStatisticsService statistics;

    @GET
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Item statistics of an exam over its graded attempts: per question answered, % right, "
            + "facility, point-biserial and upper-lower discrimination, and a flag for questions strong candidates miss")
    public ExamStatistics statistics(@PathParam("id") long examId) {
        return statistics.statistics(examId);
    }
}
