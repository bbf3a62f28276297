package org.partneracademy.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.partneracademy.platform.paging.Page;

/**
 * A page as list endpoints answer it: the body stays the plain array those endpoints always returned
 * (so callers written before paging keep working), the number of matches travels in
 * {@value #TOTAL_COUNT} and the neighbouring pages in {@code Link} headers (rel next and prev).
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {
    }

    public static Response of(Page<?> page, UriInfo uri) {
        return of(page.items(), page, uri);
    }

    /**
     * A body that holds a page among other things (a report with its totals, a statement with its lines),
     * with the page's count and links as headers.
     */
    public static Response of(Object body, Page<?> page, UriInfo uri) {
        var response = Response.ok(body).header(TOTAL_COUNT, page.total());
        if (page.hasNext()) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() + 1)
                    .replaceQueryParam("size", page.size()).build(), "next");
        }
        if (page.page() > 0) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() - 1)
                    .replaceQueryParam("size", page.size()).build(), "prev");
        }
        return response.build();
    }

    /** Everything that matched, in one answer, still with its count. */
    public static Response whole(List<?> items) {
        return Response.ok(items).header(TOTAL_COUNT, items.size()).build();
    }
}
