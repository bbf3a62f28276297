package org.partneracademy.reporting.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.enrollment.RegistrationEventType.ATTENDED;
import static org.partneracademy.enrollment.RegistrationEventType.SEAT_TAKEN;
import static org.partneracademy.reporting.statement.Ledger.JANUARY;
import static org.partneracademy.reporting.statement.Ledger.dec;
import static org.partneracademy.reporting.statement.Ledger.event;
import static org.partneracademy.reporting.statement.Ledger.jan;
import static org.partneracademy.reporting.statement.Ledger.licensing;
import static org.partneracademy.reporting.statement.Ledger.payPerDelivery;
import static org.partneracademy.reporting.statement.Ledger.registration;
import static org.partneracademy.reporting.statement.Ledger.reseller;
import static org.partneracademy.reporting.statement.Ledger.revenueShare;
import static org.partneracademy.reporting.statement.Ledger.seat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.partner.AgreementView;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.RuleViolationException;

/** Every input a statement must not be computed from is refused with the field and the problem named. */
class StatementBadInputTest {

    private static void refusedOn(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldsException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo(field);
                assertThat(problem.message()).contains(message);
            });
        });
    }

    @Test
    void aRegistrationWithNoPriceIsRefused() {
        refusedOn(() -> seat(4, null, "EUR"), "listPrice", "registration 4 has no price");
    }

    @Test
    void aRegistrationWithANegativePriceIsRefused() {
        refusedOn(() -> seat(4, "-1.00", "EUR"), "listPrice", "negative price -1.00");
    }

    @Test
    void aRegistrationWithAnUnknownCurrencyIsRefused() {
        refusedOn(() -> seat(4, "10.00", "EURO"), "currency", "registration 4");
        refusedOn(() -> seat(4, "10.00", null), "currency", "ISO 4217");
    }

    @Test
    void aDiscountAboveTheListPriceIsRefused() {
        refusedOn(() -> registration(4, "100.00", "EUR", "100.01", null, 2), "discount", "outside 0 to its list price 100.00");
    }

    @Test
    void aRefundAboveTheDiscountedPriceIsRefused() {
        refusedOn(() -> registration(4, "100.00", "EUR", "40.00", "60.01", 2), "refunded", "discounted price 60.00");
    }

    @Test
    void aRegistrationNotStartingWithItsSeatIsRefused() {
        refusedOn(() -> new LedgerRegistration(4, BigDecimal.TEN, "EUR", null, null, List.of(event(1, ATTENDED, jan(2)))),
                "events", "must start with a SEAT_TAKEN event");
        refusedOn(() -> new LedgerRegistration(4, BigDecimal.TEN, "EUR", null, null, List.of()),
                "events", "must start with a SEAT_TAKEN event");
    }

    @Test
    void aRegistrationTakingItsSeatTwiceIsRefused() {
        refusedOn(() -> seat(4, "10.00", "EUR", event(402, SEAT_TAKEN, jan(3))), "events", "takes its seat twice");
    }

    @Test
    void eventsOutOfOrderAreRefused() {
        refusedOn(() -> registration(4, "10.00", "EUR", null, null, 5, event(402, ATTENDED, jan(4))),
                "events", "event 402 out of order");
    }

    @Test
    void aRegistrationGivenTwiceIsRefusedNotCountedTwice() {
        var twice = StatementInput.ofRegistrations(List.of(seat(4, "10.00", "EUR"), seat(4, "10.00", "EUR")));
        refusedOn(() -> Statements.settle(revenueShare("30"), JANUARY, twice), "registrations",
                "registration 4 is given twice");
        refusedOn(() -> Statements.settle(licensing("100.00", jan(1), null), JANUARY, twice), "registrations",
                "registration 4 is given twice");
    }

    @Test
    void aSeatTakenOutsideThePeriodIsRefused() {
        var december = new LedgerRegistration(4, BigDecimal.TEN, "EUR", null, null,
                List.of(event(401, SEAT_TAKEN, LocalDate.of(2029, 12, 31))));
        refusedOn(() -> Statements.settle(revenueShare("30"), JANUARY, StatementInput.ofRegistrations(List.of(december))),
                "events", "outside the period 2030-01-01 to 2030-01-31");
    }

    @Test
    void aSeatTakenBeforeTheAgreementWasInForceIsRefused() {
        var terms = new SettlementTerms(9, AgreementModel.REVENUE_SHARE, jan(10), null, null, null, null, dec("30"),
                null, null, null);
        refusedOn(() -> Statements.settle(terms, JANUARY, StatementInput.ofRegistrations(List.of(seat(4, "10.00", "EUR")))),
                "events", "agreement 9 was not in force");
    }

    @Test
    void aShareAbove100PercentIsRefused() {
        refusedOn(() -> revenueShare("100.01"), "revenueSharePercent", "between 0 and 100 %, not 100.01");
    }

    @Test
    void aNegativeShareIsRefused() {
        refusedOn(() -> revenueShare("-5"), "revenueSharePercent", "not -5");
    }

    @Test
    void aResellerDiscountAbove100PercentIsRefused() {
        refusedOn(() -> reseller("120", null), "discountPercent", "not 120");
    }

    @Test
    void aNegativeDayRateIsRefused() {
        refusedOn(() -> payPerDelivery("-800.00", null, null), "dayRate", "must not be negative, not -800.00");
    }

    @Test
    void aNegativeLicenceFeeIsRefused() {
        refusedOn(() -> licensing("-1.00", jan(1), null), "annualFee", "must not be negative");
    }

    @Test
    void aRampShareAbove100PercentIsRefused() {
        refusedOn(() -> payPerDelivery("800.00", null, "150"), "coDeliveryPercent", "not 150");
        refusedOn(() -> new DeliveryDay(50, jan(6), 2, TrainerRole.CO_DELIVERY, new BigDecimal("101"), 1L),
                "frozenPercent", "not 101");
    }

    @Test
    void anAuthorisedLeadBillingLessThanTheFullRateIsRefused() {
        refusedOn(() -> new DeliveryDay(50, jan(6), 1, TrainerRole.AUTHORISED_LEAD, new BigDecimal("50"), null),
                "frozenPercent", "an authorised lead trainer bills 100 %");
    }

    @Test
    void termsMissingTheModelsOwnFigureAreRefused() {
        refusedOn(() -> new SettlementTerms(9, AgreementModel.PAY_PER_DELIVERY, jan(1), null, null, null, null, null,
                "EUR", null, null), "dayRate", "is required for a PAY_PER_DELIVERY agreement");
        refusedOn(() -> new SettlementTerms(9, AgreementModel.PAY_PER_DELIVERY, jan(1), null, null, null, BigDecimal.TEN,
                null, null, null, null), "currency", "is required for a PAY_PER_DELIVERY agreement");
    }

    @Test
    void aRegistrationInAnotherCurrencyThanTheAgreementsIsRefused() {
        var input = StatementInput.ofRegistrations(List.of(seat(1, "100.00", "EUR"), seat(2, "100.00", "USD")));
        refusedOn(() -> Statements.settle(reseller("20", "EUR"), JANUARY, input), "currency",
                "registration 2 is in USD but agreement 9 settles in EUR");
    }

    @Test
    void aDeliveryDayGivenTwiceIsRefused() {
        var day = new DeliveryDay(50, jan(6), 1, TrainerRole.AUTHORISED_LEAD, null, null);
        refusedOn(() -> Statements.settle(payPerDelivery("800.00", null, null), JANUARY,
                StatementInput.ofDeliveryDays(List.of(day, day))), "deliveryDays", "is given twice");
    }

    @Test
    void aDeliveryDayOutsideThePeriodIsRefused() {
        var february = new DeliveryDay(50, LocalDate.of(2030, 2, 1), 1, TrainerRole.AUTHORISED_LEAD, null, null);
        refusedOn(() -> Statements.settle(payPerDelivery("800.00", null, null), JANUARY,
                StatementInput.ofDeliveryDays(List.of(february))), "day", "session 50 on 2030-02-01");
    }

    @Test
    void anAgreementNotInForceInThePeriodIsRefused() {
        assertThatThrownBy(() -> Statements.settle(licensing("100.00", LocalDate.of(2030, 2, 1), null), JANUARY,
                StatementInput.ofRegistrations(List.of())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not in force in the period");
    }

    @Test
    void aPeriodThatHasNotEndedIsRefused() {
        assertThatThrownBy(() -> JANUARY.requireEndedBefore(jan(31)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("can be closed from 2030-02-01");
        JANUARY.requireEndedBefore(LocalDate.of(2030, 2, 1));
        assertThat(JANUARY.to()).isEqualTo(jan(31));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        refusedOn(() -> new StatementPeriod(jan(10), jan(9)), "to", "must not be before from");
    }

    @Test
    void aNegativeLicenceLimitIsRefused() {
        refusedOn(() -> new LicenceLimits(-1, null), "maxSessions", "must not be negative");
    }

    @Test
    void termsAreReadFromTheAgreementAsThePartnerServiceShowsIt() {
        var view = new AgreementView(9, 3, AgreementModel.PAY_PER_DELIVERY, jan(1), null, null, null,
                new BigDecimal("800.00"), null, "EUR", new BigDecimal("0"), new BigDecimal("50"), null);
        var terms = SettlementTerms.of(view);
        assertThat(terms.dayRate()).isEqualByComparingTo("800.00");
        assertThat(terms.coDeliveryPercent()).isEqualByComparingTo("50");
        refusedOn(() -> SettlementTerms.of(new AgreementView(9, 3, AgreementModel.REVENUE_SHARE, jan(1), null, null,
                null, null, new BigDecimal("150"), null, null, null, null)), "revenueSharePercent", "not 150");
    }
}
