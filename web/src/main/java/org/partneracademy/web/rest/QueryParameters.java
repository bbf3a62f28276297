package org.partneracademy.web.rest;

import java.util.Arrays;
import java.util.Locale;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.web.rest.problem.InvalidParameterException;

/**
 * Query parameters read as text and converted here, so that a bad one answers 400 naming it. The
 * ranges (page from 0, size 1..100) are the services' to check, through {@link PageRequest}'s constraints.
 */
public final class QueryParameters {

    public static final int DEFAULT_SIZE = 20;

    private QueryParameters() {
    }

    /** The page asked for; page and size default to 0 and {@value #DEFAULT_SIZE}. */
    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page, 0), integer("size", size, DEFAULT_SIZE));
    }

    public static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
    }

    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be an id (a whole number)");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
