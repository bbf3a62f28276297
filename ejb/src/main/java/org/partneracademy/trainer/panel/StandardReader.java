package org.partneracademy.trainer.panel;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.partneracademy.assessment.Exam;

/** Finds a course family's delivery standard and renders it, for the panel services (no access rules of its own). */
@Dependent
public class StandardReader {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    Optional<DeliveryStandard> find(String courseCode) {
        return em.createQuery("select s from DeliveryStandard s where s.courseCode = :code", DeliveryStandard.class)
                .setParameter("code", courseCode).getResultStream().findFirst();
    }

    DeliveryStandardView view(DeliveryStandard s) {
        var exam = s.getTrainerExamId() == null ? null : em.find(Exam.class, s.getTrainerExamId());
        return new DeliveryStandardView(s.getId(), s.getCourseCode(), s.getCriteria().stream()
                .map(c -> new DeliveryStandardView.CriterionView(c.getId(), c.getName(), c.getDescription(), c.getWeight(),
                        c.getMinimumScore())).toList(),
                s.getPassPercent(), s.getTrainerExamId(), exam == null ? null : exam.getTitle(), s.getValidityMonths(),
                s.getRenewalDeliveries(), s.getRenewalMinRating(), s.getMaxTries(), s.getPanelDays(), s.getUpdatedAt(),
                s.getUpdatedBy());
    }
}
