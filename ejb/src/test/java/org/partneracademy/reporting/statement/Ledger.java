package org.partneracademy.reporting.statement;

import static org.partneracademy.enrollment.RegistrationEventType.SEAT_TAKEN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.enrollment.RegistrationEventType;
import org.partneracademy.partner.AgreementModel;

/** Short builders for the statement tests: registrations with their events, agreements, January 2030. */
final class Ledger {

    static final StatementPeriod JANUARY = StatementPeriod.of(YearMonth.of(2030, 1));

    private Ledger() {
    }

    static LocalDate jan(int day) {
        return LocalDate.of(2030, 1, day);
    }

    static LedgerEvent event(long id, RegistrationEventType type, LocalDate day) {
        return new LedgerEvent(id, type, day, null);
    }

    static LedgerEvent moved(long id, LocalDate day, long toSession) {
        return new LedgerEvent(id, RegistrationEventType.MOVED, day, toSession);
    }

    /** A registration whose seat was taken on January {@code takenOn} (event id = registration id × 100 + 1). */
    static LedgerRegistration registration(long id, String price, String currency, String discount, String refund,
            int takenOn, LedgerEvent... later) {
        var events = new ArrayList<LedgerEvent>();
        events.add(event(id * 100 + 1, SEAT_TAKEN, jan(takenOn)));
        events.addAll(List.of(later));
        return new LedgerRegistration(id, price == null ? null : new BigDecimal(price), currency, dec(discount),
                dec(refund), events);
    }

    static LedgerRegistration seat(long id, String price, String currency, LedgerEvent... later) {
        return registration(id, price, currency, null, null, 2, later);
    }

    static SettlementTerms revenueShare(String percent) {
        return new SettlementTerms(9, AgreementModel.REVENUE_SHARE, jan(1), null, null, null, null, dec(percent),
                null, null, null);
    }

    static SettlementTerms reseller(String discountPercent, String currency) {
        return new SettlementTerms(9, AgreementModel.RESELLER, jan(1), null, dec(discountPercent), null, null, null,
                currency, null, null);
    }

    static SettlementTerms licensing(String fee, LocalDate from, LocalDate to) {
        return new SettlementTerms(9, AgreementModel.CONTENT_LICENSING, from, to, null, dec(fee), null, null, "EUR",
                null, null);
    }

    static SettlementTerms payPerDelivery(String dayRate, String shadow, String coDelivery) {
        return new SettlementTerms(9, AgreementModel.PAY_PER_DELIVERY, jan(1), null, null, null, dec(dayRate), null,
                "EUR", dec(shadow), dec(coDelivery));
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }
}
