package org.partneracademy.reporting.statement;

import java.util.List;

/**
 * What a statement is computed from, each list already scoped to the partner and the period by the
 * caller: registrations (revenue share, reseller, and the learner count of a content licence), delivery
 * days (pay-per-delivery), the sessions the partner delivered and the licence's limits (content licensing).
 */
public record StatementInput(List<LedgerRegistration> registrations, List<DeliveryDay> deliveryDays,
        List<Long> deliveredSessionIds, LicenceLimits limits) {

    public StatementInput {
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
        deliveryDays = deliveryDays == null ? List.of() : List.copyOf(deliveryDays);
        deliveredSessionIds = deliveredSessionIds == null ? List.of() : List.copyOf(deliveredSessionIds);
        limits = limits == null ? LicenceLimits.UNLIMITED : limits;
    }

    public static StatementInput ofRegistrations(List<LedgerRegistration> registrations) {
        return new StatementInput(registrations, null, null, null);
    }

    public static StatementInput ofDeliveryDays(List<DeliveryDay> days) {
        return new StatementInput(null, days, null, null);
    }
}
