package org.partneracademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A requirement met in one cycle of a certification, and what met it (the enrollment or attempt id, or an admin's note). */
@Entity
@Table(name = "certification_requirement_met")
@IdClass(RequirementMet.Key.class)
public class RequirementMet {

    public record Key(Long certificationId, Integer cycleNo, Long requirementId) implements Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "certification_id")
    private Long certificationId;

    @Id
    @Column(name = "cycle_no")
    private Integer cycleNo;

    @Id
    @Column(name = "requirement_id")
    private Long requirementId;

    @Column(name = "met_at", nullable = false)
    private Instant metAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EventCause cause;

    @Column(name = "cause_ref")
    private String causeRef;

    protected RequirementMet() {
    }

    RequirementMet(long certificationId, int cycleNo, long requirementId, Instant metAt, EventCause cause, String causeRef) {
        this.certificationId = certificationId;
        this.cycleNo = cycleNo;
        this.requirementId = requirementId;
        this.metAt = metAt;
        this.cause = cause;
        this.causeRef = causeRef;
    }

    public long getRequirementId() {
        return requirementId;
    }

    public int getCycleNo() {
        return cycleNo;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public EventCause getCause() {
        return cause;
    }

    public String getCauseRef() {
        return causeRef;
    }
}
