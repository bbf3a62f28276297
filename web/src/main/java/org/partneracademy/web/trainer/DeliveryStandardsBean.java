package org.partneracademy.web.trainer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.trainer.panel.DeliveryStandardInput;
import org.partneracademy.trainer.panel.DeliveryStandardView;
import org.partneracademy.trainer.panel.DeliveryStandards;
import org.partneracademy.web.shell.Messages;

/**
 * admin/delivery-standards.xhtml: every course family's standard, and the form to write one (rubric
 * criteria with weight and minimum, pass %, trainer exam, validity, renewal, tries, panel days).
 */
@Named
@ViewScoped
public class DeliveryStandardsBean implements Serializable {

    @Inject
    DeliveryStandards standards;

    private List<DeliveryStandardView> all;
    private String courseCode;
    private final List<CriterionRow> criteria = new ArrayList<>();
    private Integer passPercent = 75;
    private Long trainerExamId;
    private Integer validityMonths = 24;
    private Integer renewalDeliveries = 3;
    private BigDecimal renewalMinRating = new BigDecimal("4.00");
    private Integer maxTries = 3;
    private Integer panelDays = 10;

    @PostConstruct
    void init() {
        all = standards.standards();
    }

    /** Loads the course's standard into the form, or starts a new one. */
    public void edit() {
        var context = FacesContext.getCurrentInstance();
        criteria.clear();
        try {
            var s = standards.standard(courseCode == null ? "" : courseCode.strip());
            s.criteria().forEach(c -> criteria.add(new CriterionRow(c.id(), c.name(), c.description(), c.weight(), c.minimumScore())));
            passPercent = s.passPercent();
            trainerExamId = s.trainerExamId();
            validityMonths = s.validityMonths();
            renewalDeliveries = s.renewalDeliveries();
            renewalMinRating = s.renewalMinRating();
            maxTries = s.maxTries();
            panelDays = s.panelDays();
        } catch (NotFoundException none) {
            criteria.add(new CriterionRow());
            Messages.info(context, Messages.format(context, "standard.new", courseCode));
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    public void save() {
        var context = FacesContext.getCurrentInstance();
        try {
            standards.save(courseCode == null ? "" : courseCode.strip(), new DeliveryStandardInput(criteria.stream()
                    .map(c -> new DeliveryStandardInput.CriterionInput(c.getId(), c.getName(), c.getDescription(), c.getWeight(),
                            c.getMinimumScore())).toList(), passPercent, trainerExamId, validityMonths, renewalDeliveries,
                    renewalMinRating, maxTries, panelDays));
            Messages.info(context, Messages.format(context, "standard.saved", courseCode));
            init();
            edit();
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public List<DeliveryStandardView> getAll() {
        return all;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public Integer getPassPercent() {
        return passPercent;
    }

    public void setPassPercent(Integer passPercent) {
        this.passPercent = passPercent;
    }

    public Long getTrainerExamId() {
        return trainerExamId;
    }

    public void setTrainerExamId(Long trainerExamId) {
        this.trainerExamId = trainerExamId;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public Integer getRenewalDeliveries() {
        return renewalDeliveries;
    }

    public void setRenewalDeliveries(Integer renewalDeliveries) {
        this.renewalDeliveries = renewalDeliveries;
    }

    public BigDecimal getRenewalMinRating() {
        return renewalMinRating;
    }

    public void setRenewalMinRating(BigDecimal renewalMinRating) {
        this.renewalMinRating = renewalMinRating;
    }

    public Integer getMaxTries() {
        return maxTries;
    }

    public void setMaxTries(Integer maxTries) {
        this.maxTries = maxTries;
    }

    public Integer getPanelDays() {
        return panelDays;
    }

    public void setPanelDays(Integer panelDays) {
        this.panelDays = panelDays;
    }
}
