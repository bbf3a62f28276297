package org.partneracademy.trainer;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.catalog.Course;
import org.partneracademy.partner.Person;

/**
 * An authorised instructor: the trainer may lead sessions of the course family, major version, until
 * {@link #expiresAt} while ACTIVE. At most one current (ACTIVE or SUSPENDED) authorisation per trainer,
 * course family and major version (a unique key on the database). Changes are recorded as
 * authorisation events by the service that makes them.
 */
@Entity
@Table(name = "trainer_authorisation")
public class TrainerAuthorisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainer_id")
    private Person trainer;

    /** The version it was granted on; any version of the same code and major is covered. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "version_major", nullable = false)
    private int versionMajor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AuthorisationStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "granted_via", nullable = false)
    private GrantedVia grantedVia;

    @Column(name = "candidacy_id")
    private Long candidacyId;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Version
    private long version;

    protected TrainerAuthorisation() {
    }

    public TrainerAuthorisation(Person trainer, Course course, GrantedVia grantedVia, Long candidacyId, Instant grantedAt,
            Instant expiresAt) {
        this.trainer = trainer;
        this.course = course;
        this.courseCode = course.getCode();
        this.versionMajor = course.getVersionMajor();
        this.status = AuthorisationStatus.ACTIVE;
        this.grantedVia = grantedVia;
        this.candidacyId = candidacyId;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    public boolean activeOn(Instant when) {
        return status == AuthorisationStatus.ACTIVE && when.isBefore(expiresAt);
    }

    /** Status changes; which transitions are allowed (and the event recorded) is the service's rule. */
    public void changeStatus(AuthorisationStatus next) {
        this.status = next;
    }

    public void extendTo(Instant newExpiry) {
        this.expiresAt = newExpiry;
    }

    public Long getId() {
        return id;
    }

    public Person getTrainer() {
        return trainer;
    }

    public Course getCourse() {
        return course;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getVersionMajor() {
        return versionMajor;
    }

    public AuthorisationStatus getStatus() {
        return status;
    }

    public GrantedVia getGrantedVia() {
        return grantedVia;
    }

    public Long getCandidacyId() {
        return candidacyId;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
