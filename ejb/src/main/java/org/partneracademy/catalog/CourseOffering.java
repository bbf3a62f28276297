package org.partneracademy.catalog;

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
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * One way a course version is sold, with its list price. Registrations copy the price when a seat is
 * taken, so changing it later affects new seats only.
 */
@Entity
@Table(name = "course_offering")
public class CourseOffering {

    public static final int MAX_FREE_CANCELLATION_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private OfferingKind kind;

    @Column(name = "list_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal listPrice;

    @Column(nullable = false)
    private String currency;

    /** Whether a request needs approval; see {@link #needsVendorApproval()} for the second stage. */
    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    /** Cancelling later than this many days before the session starts is charged. */
    @Column(name = "free_cancellation_days", nullable = false)
    private int freeCancellationDays = 7;

    @Version
    private long version;

    protected CourseOffering() {
    }

    CourseOffering(Course course, OfferingKind kind, Price price) {
        this.course = course;
        this.kind = kind;
        reprice(price);
    }

    void reprice(Price price) {
        this.listPrice = price.amount();
        this.currency = price.currency();
    }

    /**
     * Sets the enrollment policy; a value left null stays as it is. Free cancellation ends 0..365 days
     * before a session starts.
     */
    public void changePolicy(Boolean newRequiresApproval, Integer newFreeCancellationDays) {
        if (newFreeCancellationDays != null
                && (newFreeCancellationDays < 0 || newFreeCancellationDays > MAX_FREE_CANCELLATION_DAYS)) {
            throw new RuleViolationException("Free cancellation days must be between 0 and " + MAX_FREE_CANCELLATION_DAYS);
        }
        if (newRequiresApproval != null) {
            requiresApproval = newRequiresApproval;
        }
        if (newFreeCancellationDays != null) {
            freeCancellationDays = newFreeCancellationDays;
        }
    }

    /**
     * The vendor approves, after the partner manager, requests for offerings that cost money or are
     * sold as a private or onsite class; free public ones need the manager only.
     */
    public boolean needsVendorApproval() {
        return requiresApproval
                && (listPrice.signum() > 0 || kind == OfferingKind.PRIVATE || kind == OfferingKind.ONSITE);
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public int getFreeCancellationDays() {
        return freeCancellationDays;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public OfferingKind getKind() {
        return kind;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public String getCurrency() {
        return currency;
    }
}
