package org.partneracademy.trainer.panel;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery standard of a course family (all versions of one course code): the rubric an observed
 * delivery is scored against, the pass mark of the weighted total, the trainer exam, how long an
 * authorisation lasts and how it is renewed, how many panel tries a candidate has and how many days a
 * panel has. Criteria keep their ids when the rubric is edited, so past sign-offs still point at them
 * (and carry the name, weight and minimum they were scored with).
 */
@Entity
@Table(name = "delivery_standard")
public class DeliveryStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_code", nullable = false, updatable = false)
    private String courseCode;

    @Column(name = "trainer_exam_id")
    private Long trainerExamId;

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "renewal_deliveries", nullable = false)
    private int renewalDeliveries;

    @Column(name = "renewal_min_rating", nullable = false)
    private BigDecimal renewalMinRating;

    @Column(name = "max_tries", nullable = false)
    private int maxTries;

    @Column(name = "panel_days", nullable = false)
    private int panelDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DeliveryCriterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected DeliveryStandard() {
    }

    public DeliveryStandard(String courseCode) {
        this.courseCode = courseCode;
    }

    /** Takes the checked input: settings replaced, criteria matched by id (kept), new ones added, the rest removed. */
    void apply(DeliveryStandardInput input, String by, Instant now) {
        trainerExamId = input.trainerExamId();
        passPercent = input.passPercent();
        validityMonths = input.validityMonths();
        renewalDeliveries = input.renewalDeliveries();
        renewalMinRating = input.renewalMinRating();
        maxTries = input.maxTries();
        panelDays = input.panelDays();
        updatedBy = by;
        updatedAt = now;
        var kept = new ArrayList<DeliveryCriterion>();
        int position = 0;
        for (var c : input.criteria()) {
            var existing = c.id() == null ? null
                    : criteria.stream().filter(old -> old.getId().equals(c.id())).findFirst().orElse(null);
            var criterion = existing == null ? new DeliveryCriterion(this) : existing;
            criterion.describe(position++, c.name().strip(), c.description(), c.weight(), c.minimumScore());
            kept.add(criterion);
        }
        criteria.retainAll(kept);
        kept.stream().filter(c -> !criteria.contains(c)).forEach(criteria::add);
    }

    public Long getId() {
        return id;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public Long getTrainerExamId() {
        return trainerExamId;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public int getValidityMonths() {
        return validityMonths;
    }

    public int getRenewalDeliveries() {
        return renewalDeliveries;
    }

    public BigDecimal getRenewalMinRating() {
        return renewalMinRating;
    }

    public int getMaxTries() {
        return maxTries;
    }

    public int getPanelDays() {
        return panelDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<DeliveryCriterion> getCriteria() {
        return criteria;
    }
}
