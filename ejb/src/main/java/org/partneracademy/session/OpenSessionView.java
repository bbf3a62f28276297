package org.partneracademy.session;

import java.math.BigDecimal;
import org.partneracademy.catalog.CourseFormat;

/**
 * An open session as a learner chooses it: the session, plus what the choice depends on — the course's
 * format, the offering's list price and whether a request needs approval.
 */
public record OpenSessionView(SessionView session, CourseFormat format, BigDecimal listPrice, String currency,
        boolean requiresApproval) {

    static OpenSessionView of(TrainingSession s) {
        var offering = s.getOffering();
        return new OpenSessionView(SessionView.of(s, 0, false), offering.getCourse().getFormat(), offering.getListPrice(),
                offering.getCurrency(), offering.isRequiresApproval());
    }

    public long id() {
        return session.id();
    }
}
