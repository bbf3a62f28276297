package org.partneracademy.partner;

import java.util.List;

/**
 * Fired inside the transaction that adds people to a partner (one by one or by import), after they
 * have ids. Observers such as the learning-path assignment rules react to newcomers here; a failing
 * observer rolls the whole addition back, so nobody joins half set up.
 */
public record PeopleJoined(List<Long> personIds) {

    public PeopleJoined {
        personIds = List.copyOf(personIds);
    }
}
