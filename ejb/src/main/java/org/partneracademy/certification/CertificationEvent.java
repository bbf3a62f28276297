package org.partneracademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a certification's append-only history: what happened, why, and who did it (null: the engine). */
@Entity
@Table(name = "certification_event")
public class CertificationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certification_id", nullable = false)
    private long certificationId;

    @Column(name = "cycle_no", nullable = false)
    private int cycleNo;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EventType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EventCause cause;

    @Column(name = "cause_ref")
    private String causeRef;

    @Column(name = "actor_id")
    private Long actorId;

    private String note;

    protected CertificationEvent() {
    }

    CertificationEvent(Certification certification, Instant at, EventType type, EventCause cause, String causeRef,
            Long actorId, String note) {
        this.certificationId = certification.getId();
        this.cycleNo = certification.getCycleNo();
        this.occurredAt = at;
        this.type = type;
        this.cause = cause;
        this.causeRef = causeRef;
        this.actorId = actorId;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public int getCycleNo() {
        return cycleNo;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public EventType getType() {
        return type;
    }

    public EventCause getCause() {
        return cause;
    }

    public String getCauseRef() {
        return causeRef;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getNote() {
        return note;
    }
}
