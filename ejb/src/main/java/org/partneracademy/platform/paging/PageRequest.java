package org.partneracademy.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * One page of a list: the 0-based page number and its size. Services take it with {@code @Valid}, so a
 * negative page or a size outside 1..100 is refused (400 over REST) before any query runs; 100 bounds
 * what one request can make the database read.
 */
public record PageRequest(@Min(0) int page, @Min(1) @Max(MAX_SIZE) int size) {

    public static final int MAX_SIZE = 100;

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /** The page that holds the row at {@code first}, as a paginator asks for it. */
    public static PageRequest ofFirst(int first, int size) {
        return new PageRequest(size <= 0 ? 0 : first / size, size);
    }

    public int offset() {
        return page * size;
    }
}
