package org.partneracademy.reporting.statement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.partneracademy.platform.error.InvalidFieldsException;

/**
 * Computes a statement under the agreement's model. The rules, one per model:
 * <ul>
 * <li><b>Revenue share</b> (partner invoices vendor): per registration, net revenue = list price less
 * its discount and refund, or zero when the seat was cancelled in time or voided; the line is the
 * agreement's percentage of it.</li>
 * <li><b>Reseller</b> (vendor invoices partner): per seat consumed (a charged seat), the list price less
 * the agreement's discount. The learner's own discount and refunds are the partner's business and are
 * not read: the partner sets its own selling price.</li>
 * <li><b>Content licensing</b> (vendor invoices partner): the fee accrues day by day over each agreement
 * year (starting on validFrom and each anniversary; 365 or 366 days). A period is invoiced the fee accrued
 * by its last day less the fee accrued before its first day, each rounded: so the periods of a year always
 * add up to exactly the annual fee, whatever the rounding. Plus usage lines flagging over-use.</li>
 * <li><b>Pay-per-delivery</b> (partner invoices vendor): per delivery day of a trainer, the day rate
 * times the trainer's share: authorised lead 100 %, co-delivery and shadowing the frozen ramp share or
 * the agreement's (by default 50 % and 0 %).</li>
 * </ul>
 * Every line amount is rounded by {@link Money#rounded}; a registration or delivery day given twice is
 * refused rather than counted twice.
 */
public final class Statements {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private Statements() {
    }

    public static Statement settle(SettlementTerms terms, StatementPeriod period, StatementInput input) {
        terms.requireInForceDuring(period);
        var lines = new ArrayList<StatementLine>();
        var usage = new ArrayList<UsageLine>();
        switch (terms.model()) {
            case REVENUE_SHARE -> checkedRegistrations(terms, period, input)
                    .forEach(r -> lines.add(revenueShare(terms, period, r)));
            case RESELLER -> checkedRegistrations(terms, period, input).forEach(r -> lines.add(seat(terms, period, r)));
            case CONTENT_LICENSING -> {
                lines.addAll(licenceFee(terms, period));
                usage.addAll(licenceUsage(period, input));
            }
            case PAY_PER_DELIVERY -> checkedDays(terms, period, input).forEach(d -> lines.add(deliveryDay(terms, d)));
        }
        return new Statement(period, terms.agreementId(), terms.model(), InvoiceDirection.of(terms.model()), lines, usage);
    }

    private static StatementLine revenueShare(SettlementTerms terms, StatementPeriod period, LedgerRegistration r) {
        var outcome = r.outcomeIn(period);
        BigDecimal net = outcome == SeatOutcome.CHARGED
                ? r.listPrice().subtract(r.discount()).subtract(r.refunded()) : BigDecimal.ZERO;
        var description = "Registration " + r.registrationId() + ": list " + r.listPrice().toPlainString()
                + " less discount " + r.discount().toPlainString() + " and refund " + r.refunded().toPlainString()
                + (outcome == SeatOutcome.CHARGED ? "" : "; " + outcome + ", not charged");
        return new StatementLine(StatementLine.Kind.REVENUE_SHARE, description, new Money(net, r.currency()),
                terms.revenueSharePercent(), Money.rounded(percentOf(net, terms.revenueSharePercent()), r.currency()),
                r.sourcesIn(period));
    }

    private static StatementLine seat(SettlementTerms terms, StatementPeriod period, LedgerRegistration r) {
        var outcome = r.outcomeIn(period);
        var paid = SettlementTerms.HUNDRED.subtract(terms.discountPercent());
        BigDecimal basis = outcome == SeatOutcome.CHARGED ? r.listPrice() : BigDecimal.ZERO;
        var description = "Seat of registration " + r.registrationId() + " at list " + r.listPrice().toPlainString()
                + " less " + terms.discountPercent().toPlainString() + " % discount"
                + (outcome == SeatOutcome.CHARGED ? "" : "; " + outcome + ", not charged");
        return new StatementLine(StatementLine.Kind.SEAT, description, new Money(basis, r.currency()), paid,
                Money.rounded(percentOf(basis, paid), r.currency()), r.sourcesIn(period));
    }

    private static List<StatementLine> licenceFee(SettlementTerms terms, StatementPeriod period) {
        var lines = new ArrayList<StatementLine>();
        var first = later(period.from(), terms.validFrom());
        var last = terms.validTo() == null || period.to().isBefore(terms.validTo()) ? period.to() : terms.validTo();
        var yearStart = terms.validFrom();
        int years = 0;
        while (!yearStart.isAfter(last)) {
            var nextYear = terms.validFrom().plusYears(++years);
            if (nextYear.isAfter(first)) {
                var from = later(first, yearStart);
                var to = nextYear.minusDays(1).isBefore(last) ? nextYear.minusDays(1) : last;
                long yearDays = ChronoUnit.DAYS.between(yearStart, nextYear);
                long before = ChronoUnit.DAYS.between(yearStart, from);
                long upTo = ChronoUnit.DAYS.between(yearStart, to) + 1;
                var fee = terms.annualFee();
                var amount = accrued(fee, upTo, yearDays, terms.currency())
                        .minus(accrued(fee, before, yearDays, terms.currency()));
                lines.add(new StatementLine(StatementLine.Kind.LICENCE_FEE, "Licence fee " + from + " to " + to
                        + ": days " + (before + 1) + " to " + upTo + " of " + yearDays + " of the agreement year from "
                        + yearStart, new Money(fee, terms.currency()), null, amount,
                        List.of(SourceRef.agreement(terms.agreementId()))));
            }
            yearStart = nextYear;
        }
        return lines;
    }

    private static Money accrued(BigDecimal fee, long days, long yearDays, String currency) {
        // One exact division rounded once, so no intermediate precision can shift a half.
        return new Money(fee.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(yearDays), Money.minorUnit(currency), Money.ROUNDING), currency);
    }

    private static List<UsageLine> licenceUsage(StatementPeriod period, StatementInput input) {
        var sessions = new LinkedHashSet<>(input.deliveredSessionIds());
        var seats = new ArrayList<SourceRef>();
        var seen = new HashSet<Long>();
        for (var r : input.registrations()) {
            requireOnce(seen, r.registrationId());
            if (r.outcomeIn(period) == SeatOutcome.CHARGED) {
                seats.add(SourceRef.registration(r.registrationId()));
            }
        }
        return List.of(
                new UsageLine(UsageLine.Metric.SESSIONS_DELIVERED, sessions.size(), input.limits().maxSessions(),
                        sessions.stream().map(SourceRef::session).toList()),
                new UsageLine(UsageLine.Metric.LEARNER_SEATS, seats.size(), input.limits().maxLearnerSeats(), seats));
    }

    private static StatementLine deliveryDay(SettlementTerms terms, DeliveryDay d) {
        var share = d.sharePercent(terms);
        var sources = new ArrayList<SourceRef>();
        sources.add(SourceRef.session(d.sessionId()));
        if (d.candidacyStepId() != null) {
            sources.add(SourceRef.candidacyStep(d.candidacyStepId()));
        }
        return new StatementLine(StatementLine.Kind.DELIVERY_DAY, "Session " + d.sessionId() + " on " + d.day()
                + ", trainer " + d.trainerId() + " (" + d.role() + ") at " + share.toPlainString() + " % of the day rate",
                new Money(terms.dayRate(), terms.currency()), share,
                Money.rounded(percentOf(terms.dayRate(), share), terms.currency()), sources);
    }

    private static List<LedgerRegistration> checkedRegistrations(SettlementTerms terms, StatementPeriod period,
            StatementInput input) {
        var seen = new HashSet<Long>();
        for (var r : input.registrations()) {
            requireOnce(seen, r.registrationId());
            var taken = r.eventsIn(period).get(0).occurredOn();
            if (!terms.inForceOn(taken)) {
                throw InvalidFieldsException.of("events", "registration " + r.registrationId() + " took its seat on "
                        + taken + " when agreement " + terms.agreementId() + " was not in force");
            }
            terms.requireCurrency(r.currency(), "registration " + r.registrationId());
        }
        return input.registrations();
    }

    private static List<DeliveryDay> checkedDays(SettlementTerms terms, StatementPeriod period, StatementInput input) {
        var seen = new HashSet<String>();
        for (var d : input.deliveryDays()) {
            var which = "session " + d.sessionId() + " on " + d.day() + " by trainer " + d.trainerId();
            if (!period.contains(d.day()) || !terms.inForceOn(d.day())) {
                throw InvalidFieldsException.of("day", "the delivery of " + which
                        + " is outside the period or agreement " + terms.agreementId());
            }
            if (!seen.add(d.sessionId() + "/" + d.day() + "/" + d.trainerId())) {
                throw InvalidFieldsException.of("deliveryDays", "the delivery of " + which
                        + " is given twice; each trainer's day is paid once");
            }
        }
        return input.deliveryDays();
    }

    private static void requireOnce(HashSet<Long> seen, long registrationId) {
        if (!seen.add(registrationId)) {
            throw InvalidFieldsException.of("registrations", "registration " + registrationId
                    + " is given twice; a registration is settled once");
        }
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(SettlementTerms.HUNDRED, EXACT);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
