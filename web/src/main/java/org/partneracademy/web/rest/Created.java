package org.partneracademy.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created for a resource added under the collection that was posted to: Location names it, the body is it. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }
}
