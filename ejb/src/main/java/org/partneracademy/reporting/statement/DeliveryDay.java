package org.partneracademy.reporting.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.partneracademy.platform.error.InvalidFieldsException;

/**
 * One day one of the partner's trainers delivered a session. {@code frozenPercent} is the ramp share
 * frozen on the trainer's shadowing or co-delivery candidacy step ({@code candidacy_step.billing_percent},
 * traced by {@code candidacyStepId}); null when none was frozen. An authorised lead bills 100 % and
 * carries no other share.
 */
public record DeliveryDay(long sessionId, LocalDate day, long trainerId, TrainerRole role, BigDecimal frozenPercent,
        Long candidacyStepId) {

    public DeliveryDay {
        String which = "delivery of session " + sessionId + " by trainer " + trainerId;
        if (day == null) {
            throw InvalidFieldsException.of("day", "is required on the " + which);
        }
        if (role == null) {
            throw InvalidFieldsException.of("role", "is required on the " + which + " on " + day);
        }
        if (frozenPercent != null) {
            SettlementTerms.percent("frozenPercent", frozenPercent);
            if (role == TrainerRole.AUTHORISED_LEAD && frozenPercent.compareTo(SettlementTerms.HUNDRED) != 0) {
                throw InvalidFieldsException.of("frozenPercent", "an authorised lead trainer bills 100 %, not "
                        + frozenPercent.toPlainString() + " on the " + which + " on " + day);
            }
        }
    }

    /** The share of the day rate billed for this day under the given terms. */
    BigDecimal sharePercent(SettlementTerms terms) {
        return switch (role) {
            case AUTHORISED_LEAD -> SettlementTerms.HUNDRED;
            case CO_DELIVERY -> frozenPercent != null ? frozenPercent : terms.coDeliveryPercent();
            case SHADOW -> frozenPercent != null ? frozenPercent : terms.shadowPercent();
        };
    }
}
