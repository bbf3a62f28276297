package org.partneracademy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.testing.Entities.instantiate;
import static org.partneracademy.testing.Entities.set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.RuleViolationException;

/** Refunds on the registration itself: the rules that hold whoever asks, without a container. */
class RefundTest {

    private static final Instant NOW = Instant.parse("2012-03-14T10:00:00Z");

    @Test
    void refundsAddUpToTheDiscountedPriceAndNoFurther() {
        var registration = registration("200.00", "20.00", "EUR");

        registration.refund(new BigDecimal("100.00"), "course moved", NOW, "finance", "k1");
        registration.refund(new BigDecimal("79.99"), "goodwill", NOW, "finance", "k2");

        assertThat(registration.discountedPrice()).isEqualByComparingTo("180.00");
        assertThat(registration.refundedAmount()).isEqualByComparingTo("179.99");
        assertThat(registration.refundableAmount()).isEqualByComparingTo("0.01");
        assertThatThrownBy(() -> registration.refund(new BigDecimal("0.02"), "too much", NOW, "finance", "k3"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("0.01 EUR left to refund");
        registration.refund(new BigDecimal("0.01"), "the last cent", NOW, "finance", "k4");
        assertThat(registration.refundableAmount()).isEqualByComparingTo("0");
        assertThat(registration.getEvents()).hasSize(4);
    }

    @Test
    void aRefundIsMoneyNotASeatState() {
        var registration = registration("100.00", "0", "EUR");
        registration.record(RegistrationEventType.ATTENDED, NOW, "trainer", null, "attended:1");

        registration.refund(new BigDecimal("10.00"), "late start", NOW, "finance", "k1");

        assertThat(registration.currentState()).isEqualTo(RegistrationEventType.ATTENDED);
        assertThat(registration.getEvents()).last().extracting(RegistrationEvent::getType).isEqualTo(RegistrationEventType.REFUNDED);
    }

    @Test
    void aRepeatedRequestFindsTheFirstRefundAndAnotherAmountUnderTheSameKeyConflicts() {
        var registration = registration("100.00", "0", "EUR");

        var first = registration.refund(new BigDecimal("30.00"), "goodwill", NOW, "finance", "same");
        var again = registration.refund(new BigDecimal("30.0"), "goodwill", NOW, "finance", "same");

        assertThat(first.recorded()).isTrue();
        assertThat(again.recorded()).isFalse();
        assertThat(again.event()).isSameAs(first.event());
        assertThat(registration.refundedAmount()).isEqualByComparingTo("30.00");
        assertThatThrownBy(() -> registration.refund(new BigDecimal("31.00"), "goodwill", NOW, "finance", "same"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aSeatNeverChargedHasNothingToRefund() {
        for (var never : List.of(RegistrationEventType.VOIDED, RegistrationEventType.CANCELLED)) {
            var registration = registration("100.00", "0", "EUR");
            registration.record(never, NOW, "admin", null, "end:" + never);

            assertThat(registration.refundableAmount()).isEqualByComparingTo("0");
            assertThatThrownBy(() -> registration.refund(new BigDecimal("1.00"), "why", NOW, "finance", "k"))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("nothing to refund");
            assertThat(registration.getEvents()).hasSize(2);
        }
    }

    @Test
    void aLateCancelledSeatWasChargedAndCanBeRefunded() {
        var registration = registration("100.00", "0", "EUR");
        registration.record(RegistrationEventType.LATE_CANCELLED, NOW, "alice", null, "cancelled:1");

        registration.refund(new BigDecimal("50.00"), "half back as a courtesy", NOW, "finance", "k");

        assertThat(registration.refundableAmount()).isEqualByComparingTo("50.00");
    }

    @Test
    void badAmountsAreRefusedAndNothingIsWritten() {
        var registration = registration("100.00", "0", "EUR");
        for (String amount : new String[] {"0", "-5.00", "12.345"}) {
            assertThatThrownBy(() -> registration.refund(new BigDecimal(amount), "why", NOW, "finance", "k" + amount))
                    .isInstanceOf(InvalidFieldsException.class);
        }
        var yen = registration("10000", "0", "JPY");
        assertThatThrownBy(() -> yen.refund(new BigDecimal("10.50"), "why", NOW, "finance", "k"))
                .isInstanceOf(InvalidFieldsException.class).hasMessageContaining("JPY");
        assertThat(registration.getEvents()).hasSize(1);
        assertThat(yen.getEvents()).hasSize(1);
    }

    @Test
    void theRequestIsValidatedFieldByField() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(validator.validate(new RefundRequest(new BigDecimal("50.00"), "EUR", "goodwill"))).isEmpty();
        assertThat(fields(validator, new RefundRequest(new BigDecimal("-1"), null, "x"))).containsExactly("amount");
        assertThat(fields(validator, new RefundRequest(BigDecimal.ZERO, null, "x"))).containsExactly("amount");
        assertThat(fields(validator, new RefundRequest(new BigDecimal("1.005"), null, "x"))).containsExactly("amount");
        assertThat(fields(validator, new RefundRequest(null, "eur", " "))).containsExactlyInAnyOrder("amount", "currency", "reason");
    }

    private static List<String> fields(Validator validator, RefundRequest request) {
        return validator.validate(request).stream().map(v -> v.getPropertyPath().toString()).toList();
    }

    private static Registration registration(String listPrice, String discount, String currency) {
        var registration = instantiate(Registration.class);
        set(registration, "id", 7L);
        set(registration, "listPrice", new BigDecimal(listPrice));
        set(registration, "discountAmount", new BigDecimal(discount));
        set(registration, "currency", currency);
        set(registration, "events", new ArrayList<RegistrationEvent>());
        registration.record(RegistrationEventType.SEAT_TAKEN, NOW, "alice", null, "seat-taken:1");
        return registration;
    }
}
