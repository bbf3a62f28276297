package org.partneracademy.analytics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.paging.SortDirection;

/** A page of "My team": text in the name or user name, one location, the order, the page. */
public record TeamSearch(@Size(max = 200) String text, Long locationId, TeamSort sort, SortDirection direction,
        @NotNull @Valid PageRequest page) {
}
