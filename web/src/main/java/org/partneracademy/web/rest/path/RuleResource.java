package org.partneracademy.web.rest.path;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.path.AssignmentRuleService;
import org.partneracademy.path.RuleCriteria;
import org.partneracademy.path.RuleInput;
import org.partneracademy.path.RulePreview;
import org.partneracademy.path.RuleView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

/** Assignment rules (vendor admin): saving one assigns its paths retroactively; a preview saves nothing. */
@Path("rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning paths")
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class RuleResource {

    @Inject
    AssignmentRuleService rules;

    @GET
    @Operation(summary = "Every assignment rule with its conditions, paths and the number of people it assigns")
    public List<RuleView> rules() {
        return rules.rules();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assignment rule")
    public RuleView rule(@PathParam("id") long id) {
        return rules.rule(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a rule and assign its paths to everyone it matches now",
            description = "Conditions: POSITION, BRAND (code), LOCATION (id), TIER (code), TIER_AT_LEAST (code), "
                    + "PARTNER_TYPE, combined by ALL or ANY. 422 for no conditions, an unknown value or path.")
    public Response create(RuleInput input, @Context UriInfo uri) {
        var created = rules.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a rule; people it no longer matches lose its assignments, new matches gain them")
    public RuleView update(@PathParam("id") long id, RuleInput input) {
        return rules.update(id, input);
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whom a rule with these conditions would assign: the count and the first 20 names; nothing is saved")
    public RulePreview preview(RuleCriteria criteria) {
        return rules.preview(criteria);
    }
}
