package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The vendor's finance role records refunds: append-only REFUNDED events on the registrations ledger.
 * The registration's row is locked for the whole transaction (SELECT ... FOR UPDATE) before its refunds
 * are summed, so refunds racing each other are checked one after the other and their total never
 * exceeds the discounted price. A refund is idempotent by the caller's key: the ledger's unique event
 * key is {@code refund:<registration>:<key>}, and a repeated request finds the first one's event.
 * A refused refund writes nothing.
 */
@Stateless
@RolesAllowed(Role.Names.FINANCE)
public class RefundService {

    /** What a caller's Idempotency-Key may be: printable ASCII, short enough for the ledger's key column. */
    private static final String KEY_PATTERN = "[\\x21-\\x7E]{1,100}";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    /** The registration after the refund, the refund's event id, and whether this request recorded it. */
    public record RefundOutcome(RegistrationView registration, long refundEventId, boolean recorded) {
    }

    public RefundOutcome refund(long registrationId, @NotNull @Valid RefundRequest request, String idempotencyKey) {
        if (idempotencyKey == null || !idempotencyKey.matches(KEY_PATTERN)) {
            throw InvalidFieldsException.of("Idempotency-Key", "is required: 1 to 100 printable characters, "
                    + "the same on every retry of one refund");
        }
        var registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null) {
            throw new NotFoundException("Registration", registrationId);
        }
        if (request.currency() != null && !request.currency().equals(registration.getCurrency())) {
            throw InvalidFieldsException.of("currency", "registration " + registrationId + " was paid in "
                    + registration.getCurrency() + ", not " + request.currency());
        }
        var refund = registration.refund(request.amount(), request.reason().strip(), clock.instant(),
                currentUser.username(), "refund:" + registrationId + ":" + idempotencyKey);
        em.flush();
        return new RefundOutcome(RegistrationView.of(registration), refund.event().getId(), refund.recorded());
    }
}
