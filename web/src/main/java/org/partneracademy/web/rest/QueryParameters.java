package org.partneracademy.web.rest;

import java.util.Arrays;
import java.util.Locale;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.web.rest.problem.InvalidParameterException;

/**
 * Query parameters read as text and converted here, so that a bad one answers 400 naming it.
 */
public final class QueryParameters {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_TEXT = 200;

    private QueryParameters() {
    }

    /**
     * The page asked for; page and size default to 0 and {@value #DEFAULT_SIZE}. The ranges are checked
     * here too (the services check them again) so that the problem names the query parameter itself.
     */
    public static PageRequest page(String page, String size) {
        int number = integer("page", page, 0);
        int rows = integer("size", size, DEFAULT_SIZE);
        if (number < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (rows < 1 || rows > PageRequest.MAX_SIZE) {
            throw new InvalidParameterException("size", "must be from 1 to " + PageRequest.MAX_SIZE);
        }
        return PageRequest.of(number, rows);
    }

    /** Search text: at most {@value #MAX_TEXT} characters; blank is no search. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidParameterException(name, "must be at most " + MAX_TEXT + " characters");
        }
        return value;
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
