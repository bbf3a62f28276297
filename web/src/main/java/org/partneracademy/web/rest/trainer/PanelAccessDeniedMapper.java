package org.partneracademy.web.rest.trainer;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.partneracademy.trainer.panel.PanelAccessDenied;
import org.partneracademy.web.rest.problem.Problem;

/** A panel task the caller may not act on: 403 with the reason (someone else's task, segregation of duties). */
@Provider
public class PanelAccessDeniedMapper implements ExceptionMapper<PanelAccessDenied> {

    @Override
    public Response toResponse(PanelAccessDenied exception) {
        return Problem.response(Response.Status.FORBIDDEN, exception.title(), exception.getMessage());
    }
}
