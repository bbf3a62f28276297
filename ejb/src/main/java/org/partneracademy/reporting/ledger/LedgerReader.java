package org.partneracademy.reporting.ledger;

import static org.partneracademy.reporting.ledger.SqlValues.day;
import static org.partneracademy.reporting.ledger.SqlValues.decimal;
import static org.partneracademy.reporting.ledger.SqlValues.id;
import static org.partneracademy.reporting.ledger.SqlValues.integer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partneracademy.enrollment.RegistrationEventType;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.statement.DeliveryDay;
import org.partneracademy.reporting.statement.LedgerEvent;
import org.partneracademy.reporting.statement.LedgerRegistration;
import org.partneracademy.reporting.statement.LicenceLimits;
import org.partneracademy.reporting.statement.SettlementTerms;
import org.partneracademy.reporting.statement.StatementInput;
import org.partneracademy.reporting.statement.StatementPeriod;
import org.partneracademy.reporting.statement.TrainerRole;

/**
 * Reads one agreement's share of a period from the ledger. Which registrations a statement settles:
 * those whose seat was taken on a day of the agreement's window, sold by the partner (every model) or on
 * a session it delivered (revenue share and content licensing: "the sessions it delivered"). Their
 * events are read up to the period's last day; a REFUNDED event is money, not a seat state, so it is
 * summed into the registration's refund instead of becoming one of its events. Delivery days (pay per
 * delivery) are the days of the partner's trainers on sessions not cancelled: an instructor of the
 * session is its authorised lead, a shadowing or co-delivery candidacy step makes the candidate a
 * shadow or co-trainer at the step's frozen share.
 */
@Stateless
public class LedgerReader {

    private static final String REFUNDED = "REFUNDED";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** The partner's agreements in force on at least one day of the period, oldest first. */
    public List<AgreementWindow> agreementsInForce(long partnerId, StatementPeriod period) {
        List<Object[]> rows = em.createNativeQuery(AGREEMENT_COLUMNS + """
                WHERE a.partner_id = ?1 AND a.valid_from <= ?3 AND (a.valid_to IS NULL OR a.valid_to >= ?2)
                ORDER BY a.valid_from, a.id""")
                .setParameter(1, partnerId).setParameter(2, period.from()).setParameter(3, period.to())
                .getResultList();
        return rows.stream().map(row -> window(row, period)).toList();
    }

    /** One agreement by id, as it settles the given period (for late adjustments of an earlier statement). */
    public AgreementWindow agreement(long agreementId, StatementPeriod period) {
        List<Object[]> rows = em.createNativeQuery(AGREEMENT_COLUMNS + " WHERE a.id = ?1")
                .setParameter(1, agreementId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Agreement", agreementId);
        }
        return window(rows.get(0), period);
    }

    private static final String AGREEMENT_COLUMNS = """
            SELECT a.id, a.partner_id, a.model, a.valid_from, a.valid_to, a.discount_percent, a.annual_fee, a.day_rate,
                   a.revenue_share_percent, a.currency, a.shadow_billing_percent, a.co_delivery_billing_percent,
                   a.licensed_sessions, a.licensed_learner_seats
            FROM partner_agreement a
            """;

    private static AgreementWindow window(Object[] row, StatementPeriod period) {
        var terms = new SettlementTerms(id(row[0]), AgreementModel.valueOf((String) row[2]), day(row[3]), day(row[4]),
                decimal(row[5]), decimal(row[6]), decimal(row[7]), decimal(row[8]), (String) row[9], decimal(row[10]),
                decimal(row[11]));
        return AgreementWindow.of(id(row[1]), terms, new LicenceLimits(integer(row[12]), integer(row[13])), period);
    }

    /** Everything the agreement's statement for the period settles. */
    public PartnerLedger read(AgreementWindow agreement) {
        var model = agreement.terms().model();
        var registrations = new ArrayList<LedgerRegistration>();
        var registrationContexts = new ArrayList<PartnerStatementLine.Context>();
        var days = new ArrayList<DeliveryDay>();
        var dayContexts = new ArrayList<PartnerStatementLine.Context>();
        List<Long> sessions = List.of();
        if (model != AgreementModel.PAY_PER_DELIVERY) {
            boolean delivered = model != AgreementModel.RESELLER;
            readRegistrations(agreement.partnerId(), agreement.window(), agreement.period().to(), delivered, null)
                    .forEach(read -> {
                        registrations.add(read.registration());
                        registrationContexts.add(read.context());
                    });
        }
        if (model == AgreementModel.PAY_PER_DELIVERY) {
            readDeliveryDays(agreement.partnerId(), agreement.window()).forEach((day, context) -> {
                days.add(day);
                dayContexts.add(context);
            });
        }
        if (model == AgreementModel.CONTENT_LICENSING) {
            sessions = deliveredSessions(agreement.partnerId(), agreement.window());
        }
        var limits = model == AgreementModel.CONTENT_LICENSING ? agreement.limits() : null;
        return new PartnerLedger(new StatementInput(registrations, days, sessions, limits), registrationContexts,
                dayContexts);
    }

    /** A registration read from the ledger with what its line is about. */
    public record ReadRegistration(LedgerRegistration registration, PartnerStatementLine.Context context) {
    }

    /** One registration with its events up to {@code upTo} (a late adjustment re-reads it), if it exists. */
    public Optional<ReadRegistration> registration(long registrationId, LocalDate upTo) {
        return readRegistrations(null, null, upTo, false, registrationId).stream().findFirst();
    }

    private List<ReadRegistration> readRegistrations(Long partnerId, StatementPeriod window, LocalDate upTo,
            boolean delivered, Long registrationId) {
        String mine = registrationId != null ? "SELECT :registration AS id" : """
                SELECT id FROM registration WHERE selling_partner_id = :partner AND created_at >= :lo AND created_at < :hi
                UNION SELECT id FROM registration WHERE :delivered AND delivering_partner_id = :partner
                    AND created_at >= :lo AND created_at < :hi""";
        String seatTaken = registrationId != null ? "" : """
                WHERE EXISTS (SELECT 1 FROM registration_event st WHERE st.registration_id = r.id
                    AND st.event_type = 'SEAT_TAKEN' AND st.occurred_at >= :from AND st.occurred_at < :to)""";
        var query = em.createNativeQuery("""
                SELECT r.id, r.list_price, r.currency, r.discount_amount, r.session_id, r.offering_id, o.course_id,
                       en.learner_id, (SELECT MIN(pl.location_id) FROM person_location pl WHERE pl.person_id = en.learner_id),
                       e.id, e.event_type, e.occurred_at, e.session_id, e.amount
                FROM (""" + mine + """
                ) mine
                JOIN registration r ON r.id = mine.id
                JOIN enrollment en ON en.id = r.enrollment_id
                LEFT JOIN course_offering o ON o.id = r.offering_id
                JOIN registration_event e ON e.registration_id = r.id AND e.occurred_at < :upTo
                """ + seatTaken + """
                 ORDER BY r.id, e.occurred_at, e.id""");
        if (registrationId != null) {
            query.setParameter("registration", registrationId);
        } else {
            // created_at is when the seat was taken; a day either side lets the SEAT_TAKEN event decide exactly.
            query.setParameter("partner", partnerId)
                    .setParameter("lo", window.from().minusDays(1).atStartOfDay())
                    .setParameter("hi", window.to().plusDays(2).atStartOfDay())
                    .setParameter("from", window.from().atStartOfDay())
                    .setParameter("to", window.to().plusDays(1).atStartOfDay())
                    .setParameter("delivered", delivered);
        }
        query.setParameter("upTo", upTo.plusDays(1).atStartOfDay());
        var result = new ArrayList<ReadRegistration>();
        var collector = new Collector();
        ((java.util.stream.Stream<Object[]>) query.getResultStream()).forEach(row -> {
            long id = id(row[0]);
            if (collector.id != null && collector.id != id) {
                result.add(collector.finish());
            }
            collector.add(id, row);
        });
        if (collector.id != null) {
            result.add(collector.finish());
        }
        return result;
    }

    /** Gathers the rows of one registration (one row per event) into its ledger form. */
    private static final class Collector {
        Long id;
        Object[] first;
        BigDecimal refunded = BigDecimal.ZERO;
        List<LedgerEvent> events = new ArrayList<>();

        void add(long registrationId, Object[] row) {
            if (id == null) {
                id = registrationId;
                first = row;
            }
            String type = (String) row[10];
            if (REFUNDED.equals(type)) {
                refunded = refunded.add(row[13] == null ? BigDecimal.ZERO : decimal(row[13]));
            } else {
                events.add(new LedgerEvent(id(row[9]), RegistrationEventType.valueOf(type), day(row[11]), id(row[12])));
            }
        }

        ReadRegistration finish() {
            var registration = new LedgerRegistration(id, decimal(first[1]), (String) first[2], decimal(first[3]),
                    refunded, events);
            var context = new PartnerStatementLine.Context(id, id(first[4]), null, id(first[6]), id(first[5]),
                    id(first[8]), id(first[7]), null, null);
            var read = new ReadRegistration(registration, context);
            id = null;
            first = null;
            refunded = BigDecimal.ZERO;
            events = new ArrayList<>();
            return read;
        }
    }

    private Map<DeliveryDay, PartnerStatementLine.Context> readDeliveryDays(long partnerId, StatementPeriod window) {
        var byKey = new LinkedHashMap<String, Map.Entry<DeliveryDay, PartnerStatementLine.Context>>();
        List<Object[]> leads = em.createNativeQuery("""
                SELECT sd.session_id, sd.day, si.person_id, s.offering_id, o.course_id
                FROM session_instructor si
                JOIN person p ON p.id = si.person_id AND p.partner_id = ?1
                JOIN training_session s ON s.id = si.session_id AND s.status <> 'CANCELLED'
                JOIN course_offering o ON o.id = s.offering_id
                JOIN session_day sd ON sd.session_id = si.session_id AND sd.day BETWEEN ?2 AND ?3
                ORDER BY sd.day, sd.session_id, si.person_id""")
                .setParameter(1, partnerId).setParameter(2, window.from()).setParameter(3, window.to()).getResultList();
        for (var row : leads) {
            var day = new DeliveryDay(id(row[0]), day(row[1]), id(row[2]), TrainerRole.AUTHORISED_LEAD, null, null);
            byKey.put(key(day), Map.entry(day, dayContext(day, row)));
        }
        List<Object[]> candidates = em.createNativeQuery("""
                SELECT sd.session_id, sd.day, c.candidate_id, s.offering_id, o.course_id, cs.id, cs.kind, cs.billing_percent
                FROM candidacy_step cs
                JOIN trainer_candidacy c ON c.id = cs.candidacy_id
                JOIN person p ON p.id = c.candidate_id AND p.partner_id = ?1
                JOIN training_session s ON s.id = cs.session_id AND s.status <> 'CANCELLED'
                JOIN course_offering o ON o.id = s.offering_id
                JOIN session_day sd ON sd.session_id = cs.session_id AND sd.day BETWEEN ?2 AND ?3
                WHERE cs.kind IN ('SHADOWING', 'CO_DELIVERY')
                ORDER BY sd.day, sd.session_id, c.candidate_id""")
                .setParameter(1, partnerId).setParameter(2, window.from()).setParameter(3, window.to()).getResultList();
        for (var row : candidates) {
            var role = "SHADOWING".equals(row[6]) ? TrainerRole.SHADOW : TrainerRole.CO_DELIVERY;
            // A candidate listed as instructor too is paid as the candidate it is, once.
            var day = new DeliveryDay(id(row[0]), day(row[1]), id(row[2]), role, decimal(row[7]), id(row[5]));
            byKey.put(key(day), Map.entry(day, dayContext(day, row)));
        }
        var days = new LinkedHashMap<DeliveryDay, PartnerStatementLine.Context>();
        byKey.values().stream()
                .sorted((a, b) -> a.getKey().day().compareTo(b.getKey().day()))
                .forEach(e -> days.put(e.getKey(), e.getValue()));
        return days;
    }

    private static String key(DeliveryDay day) {
        return day.sessionId() + "/" + day.day() + "/" + day.trainerId();
    }

    private static PartnerStatementLine.Context dayContext(DeliveryDay day, Object[] row) {
        return new PartnerStatementLine.Context(null, day.sessionId(), day.trainerId(), id(row[4]), id(row[3]), null,
                null, null, null);
    }

    private List<Long> deliveredSessions(long partnerId, StatementPeriod window) {
        List<Object> rows = em.createNativeQuery("""
                SELECT DISTINCT s.id FROM training_session s
                JOIN session_day sd ON sd.session_id = s.id AND sd.day BETWEEN ?2 AND ?3
                WHERE s.delivering_partner_id = ?1 AND s.status <> 'CANCELLED'
                ORDER BY s.id""")
                .setParameter(1, partnerId).setParameter(2, window.from()).setParameter(3, window.to()).getResultList();
        return rows.stream().map(SqlValues::id).toList();
    }
}
