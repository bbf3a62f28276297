package org.partneracademy.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and response of the API. Without a resolver RESTEasy
 * builds a new Jsonb for each body it reads or writes, and with it Yasson's reflective model of every
 * class involved: about a third of the server's CPU per enrollment in the enrollment benchmark. A
 * Jsonb is thread-safe and its configuration here is the default, so the JSON is unchanged.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
