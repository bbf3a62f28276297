package org.partneracademy.web.rest.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.analytics.TeamMemberView;
import org.partneracademy.analytics.TeamProgress;
import org.partneracademy.analytics.TeamSearch;
import org.partneracademy.analytics.TeamSort;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.SortDirection;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.QueryParameters;

/** "My team": the partner admin's own people with their progress. Other partners' people never appear. */
@Path("team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTNER_ADMIN)
@Tag(name = "Progress")
public class TeamResource {

    @Inject
    TeamProgress team;

    @GET
    @Operation(summary = "My people and their progress, one page at a time",
            description = "Open and completed enrollments, % of modules done, last activity. Bad parameters answer 400.")
    public Page<TeamMemberView> team(
            @Parameter(description = "Text in the name or user name") @QueryParam("q") String text,
            @Parameter(description = "Only people of this location (id)") @QueryParam("location") String location,
            @Parameter(description = "NAME, OPEN, COMPLETED, PROGRESS or LAST_ACTIVITY") @QueryParam("sort") String sort,
            @Parameter(description = "ASC or DESC") @QueryParam("direction") String direction,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return team.myTeam(new TeamSearch(QueryParameters.text("q", text), QueryParameters.id("location", location),
                QueryParameters.enumValue("sort", sort, TeamSort.class),
                QueryParameters.enumValue("direction", direction, SortDirection.class),
                QueryParameters.page(page, size)));
    }
}
