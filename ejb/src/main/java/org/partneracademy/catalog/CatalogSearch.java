package org.partneracademy.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.paging.PageRequest;

/**
 * What a learner looks for in the catalog: text anywhere in the title, code or description, a format,
 * a language (as courses store it, e.g. "en" or "pt-BR"), a track, a position the course is meant for
 * (a course without position audiences is meant for everyone), and the page. No page means the whole result,
 * which is what the catalog API answered before it could page.
 */
public record CatalogSearch(
        @Size(max = 200) String text,
        CourseFormat format,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") String language,
        CourseTrack track,
        Position audience,
        @Valid PageRequest page) {

    public static CatalogSearch everything() {
        return new CatalogSearch(null, null, null, null, null, null);
    }
}
