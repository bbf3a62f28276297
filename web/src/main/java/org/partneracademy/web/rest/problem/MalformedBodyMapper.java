package org.partneracademy.web.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON, or not JSON of the expected shape, is the client's error: 400. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "Malformed request body",
                "The request body is not valid JSON of the expected shape.");
    }
}
