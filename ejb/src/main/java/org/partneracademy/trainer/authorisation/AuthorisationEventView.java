package org.partneracademy.trainer.authorisation;

import java.time.Instant;

public record AuthorisationEventView(long id, AuthorisationEventType event, String actor, String reason, Instant occurredAt) {

    static AuthorisationEventView of(AuthorisationEvent e) {
        return new AuthorisationEventView(e.getId(), e.getEvent(), e.getActor(), e.getReason(), e.getOccurredAt());
    }
}
