package org.partneracademy.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A bad query parameter: 400, naming the parameter. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return Problem.response(400, "Invalid request",
                "The request has " + exception.errors().size() + " invalid parameter(s).", exception.errors());
    }
}
