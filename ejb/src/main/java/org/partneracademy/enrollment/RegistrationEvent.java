package org.partneracademy.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One append-only entry of the registrations ledger. Never updated or deleted: corrections are new
 * events. The idempotency key is unique, so a workflow job that runs twice cannot write twice.
 */
@Entity
@Immutable
@Table(name = "registration_event")
public class RegistrationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false)
    private RegistrationEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    /** The session the event concerns (for MOVED: the session moved to); null for self-paced seats. */
    @Column(name = "session_id")
    private Long sessionId;

    /** Why, where it matters: the session moved from, a cancellation reason. */
    private String note;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    private String idempotencyKey;

    /** The money a REFUNDED event gives back, in the registration's currency; null on every seat event. */
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    protected RegistrationEvent() {
    }

    RegistrationEvent(Registration registration, RegistrationEventType type, Instant occurredAt, String actor,
            Long sessionId, String note, String idempotencyKey) {
        this(registration, type, occurredAt, actor, sessionId, note, idempotencyKey, null);
    }

    RegistrationEvent(Registration registration, RegistrationEventType type, Instant occurredAt, String actor,
            Long sessionId, String note, String idempotencyKey, BigDecimal amount) {
        this.amount = amount;
        this.registration = registration;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.sessionId = sessionId;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
        this.idempotencyKey = idempotencyKey;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public RegistrationEventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getNote() {
        return note;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
