package org.partneracademy.trainer.authorisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of an authorisation's audit trail: what happened, who did it (a user name, or "system" for
 * the process's timers) and why. Written once, never changed: the trail is the evidence of who allowed
 * a trainer to teach.
 */
@Entity
@Immutable
@Table(name = "authorisation_event")
public class AuthorisationEvent {

    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "authorisation_id", nullable = false)
    private long authorisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AuthorisationEventType event;

    @Column(nullable = false)
    private String actor;

    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuthorisationEvent() {
    }

    AuthorisationEvent(long authorisationId, AuthorisationEventType event, String actor, String reason, Instant at) {
        this.authorisationId = authorisationId;
        this.event = event;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getAuthorisationId() {
        return authorisationId;
    }

    public AuthorisationEventType getEvent() {
        return event;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
