package org.partneracademy.reporting.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.enrollment.RegistrationEventType;
import org.partneracademy.platform.error.InvalidFieldsException;

/**
 * A registration as a statement settles it: its frozen list price and currency, the discount granted
 * and the amount refunded on it (both absolute amounts in its currency, zero when none), and its ledger
 * events in the order they happened, starting with SEAT_TAKEN.
 *
 * <p>Rules: a registration is settled once, in the period in which its seat was taken, however often it
 * moves between sessions; its outcome is that of its latest event on or before the period's last day.
 * Events after the period belong to the next period's adjustments and are not read here.
 */
public record LedgerRegistration(long registrationId, BigDecimal listPrice, String currency, BigDecimal discount,
        BigDecimal refunded, List<LedgerEvent> events) {

    public LedgerRegistration {
        String which = "registration " + registrationId;
        if (listPrice == null) {
            throw InvalidFieldsException.of("listPrice", which + " has no price");
        }
        if (listPrice.signum() < 0) {
            throw InvalidFieldsException.of("listPrice", which + " has a negative price " + listPrice);
        }
        try {
            Money.minorUnit(currency);
        } catch (InvalidFieldsException e) {
            throw InvalidFieldsException.of("currency", which + ": " + e.problems().get(0).message());
        }
        discount = discount == null ? BigDecimal.ZERO : discount;
        refunded = refunded == null ? BigDecimal.ZERO : refunded;
        if (discount.signum() < 0 || discount.compareTo(listPrice) > 0) {
            throw InvalidFieldsException.of("discount", which + " has a discount of " + discount
                    + " outside 0 to its list price " + listPrice);
        }
        if (refunded.signum() < 0 || refunded.compareTo(listPrice.subtract(discount)) > 0) {
            throw InvalidFieldsException.of("refunded", which + " has a refund of " + refunded
                    + " outside 0 to its discounted price " + listPrice.subtract(discount));
        }
        if (events == null || events.isEmpty() || events.get(0).type() != RegistrationEventType.SEAT_TAKEN) {
            throw InvalidFieldsException.of("events", which + " must start with a SEAT_TAKEN event");
        }
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).occurredOn().isBefore(events.get(i - 1).occurredOn())) {
                throw InvalidFieldsException.of("events", which + " lists event " + events.get(i).eventId()
                        + " out of order; events come in the order they happened");
            }
            if (events.get(i).type() == RegistrationEventType.SEAT_TAKEN) {
                throw InvalidFieldsException.of("events", which + " takes its seat twice (event "
                        + events.get(i).eventId() + "); a move is a MOVED event");
            }
        }
        events = List.copyOf(events);
    }

    /** The events the period reads: all up to its last day; refuses a seat not taken in the period. */
    List<LedgerEvent> eventsIn(StatementPeriod period) {
        var taken = events.get(0);
        if (!period.contains(taken.occurredOn())) {
            throw InvalidFieldsException.of("events", "registration " + registrationId + " took its seat on "
                    + taken.occurredOn() + ", outside the period " + period.from() + " to " + period.to());
        }
        return events.stream().filter(e -> !e.occurredOn().isAfter(period.to())).toList();
    }

    /** The outcome of the latest seat event in the period; REFUNDED events are money, not seat states. */
    SeatOutcome outcomeIn(StatementPeriod period) {
        var read = eventsIn(period);
        for (int i = read.size() - 1; i > 0; i--) {
            if (read.get(i).type().isSeatEvent()) {
                return SeatOutcome.after(read.get(i).type());
            }
        }
        return SeatOutcome.after(read.get(0).type());
    }

    /** The registration and every event the period read, for a line's trace. */
    List<SourceRef> sourcesIn(StatementPeriod period) {
        var sources = new ArrayList<SourceRef>();
        sources.add(SourceRef.registration(registrationId));
        eventsIn(period).forEach(e -> sources.add(SourceRef.event(e.eventId())));
        return List.copyOf(sources);
    }
}
