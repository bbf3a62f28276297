package org.partneracademy.web.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method or media type, a role check on a resource) as
 * problem documents, keeping their status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        var original = exception.getResponse();
        var status = Response.Status.fromStatusCode(original.getStatus());
        String title = status == null ? "HTTP " + original.getStatus() : status.getReasonPhrase();
        var problem = Problem.response(original.getStatus(), title, detailOf(original.getStatus()), java.util.List.of());
        var builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request body is not valid JSON of the expected shape.";
            case 403 -> "Your role does not allow this request.";
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not support that HTTP method.";
            case 406 -> "This resource answers with application/json only.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be processed.";
        };
    }
}
