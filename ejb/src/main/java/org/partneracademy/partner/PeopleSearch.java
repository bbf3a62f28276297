package org.partneracademy.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.paging.SortDirection;

/** A page of the People list: text in the name or user name, one location, the order, the page. */
public record PeopleSearch(@Size(max = 200) String text, Long locationId, Sort sort, SortDirection direction,
        @NotNull @Valid PageRequest page) {

    /** The columns the list can be ordered by, each with its HQL expression on the person alias p. */
    public enum Sort {
        NAME("p.displayName"), USERNAME("p.username"), POSITION("p.position"), STATUS("p.active");

        final String expression;

        Sort(String expression) {
            this.expression = expression;
        }
    }
}
