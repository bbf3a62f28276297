package org.partneracademy.web.rest.enrollment;

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
import org.partneracademy.enrollment.SuggestionView;
import org.partneracademy.enrollment.Suggestions;
import org.partneracademy.platform.security.Role;

@Path("me/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.LEARNER)
@Tag(name = "Enrollments")
public class SuggestionResource {

    @Inject
    Suggestions suggestions;

    @GET
    @Operation(summary = "Next for me: courses of my position's learning paths I have not taken yet, in step order")
    public List<SuggestionView> nextForMe() {
        return suggestions.nextForMe();
    }
}
