package org.partneracademy.web.rest.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.workflow.ClockControl;

/** The application clock of a test server (PA_CLOCK_ADJUSTABLE=true); elsewhere 404. */
@Path("platform/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class ClockResource {

    /**
     * How far to move the clock: an ISO-8601 period (P400D) or duration (PT36H); or {@code reset: true}
     * to return to real time (the test suite, after a class that moved the clock). Not both.
     */
    public record ClockMove(String advanceBy, Boolean reset) {
    }

    @Inject
    ClockControl clock;

    @GET
    @Operation(summary = "The application's time and its offset from real time")
    public ClockControl.ClockView current() {
        return clock.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the clock forward {advanceBy} (due timers fire within seconds), or back to real time {reset: true}")
    public ClockControl.ClockView advance(ClockMove move) {
        return move == null ? clock.advance(null) : clock.move(move.advanceBy(), move.reset());
    }
}
