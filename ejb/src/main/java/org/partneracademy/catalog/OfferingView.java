package org.partneracademy.catalog;

import java.math.BigDecimal;

public record OfferingView(long id, OfferingKind kind, BigDecimal listPrice, String currency, boolean requiresApproval,
                           int freeCancellationDays) {

    static OfferingView of(CourseOffering offering) {
        return new OfferingView(offering.getId(), offering.getKind(), offering.getListPrice(), offering.getCurrency(),
                offering.isRequiresApproval(), offering.getFreeCancellationDays());
    }
}
