package org.partneracademy.catalog;

import java.math.BigDecimal;

public record OfferingView(long id, OfferingKind kind, BigDecimal listPrice, String currency) {

    static OfferingView of(CourseOffering offering) {
        return new OfferingView(offering.getId(), offering.getKind(), offering.getListPrice(), offering.getCurrency());
    }
}
