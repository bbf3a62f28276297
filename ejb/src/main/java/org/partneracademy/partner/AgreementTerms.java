package org.partneracademy.partner;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The terms of an agreement as the vendor admin writes them. Each model has its own terms and no other:
 * reseller: {@code discountPercent} off list; content licensing: {@code annualFee} and {@code currency};
 * pay-per-delivery: {@code dayRate} per delivery day and {@code currency}; revenue share: the partner's
 * {@code revenueSharePercent}. {@code validTo} null means open-ended; it is never before {@code validFrom}.
 * Under any model, the train-the-trainer ramp: the share of a delivery billed to the partner while its
 * trainer candidate shadows ({@code shadowBillingPercent}, default 0) or co-delivers
 * ({@code coDeliveryBillingPercent}, default 50), billed under pay-per-delivery only, and how many
 * designated, authorised trainers per course the partner must keep ({@code designatedTrainers}, none when null).
 */
@ConsistentAgreementTerms
public record AgreementTerms(
        @NotNull AgreementModel model,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal annualFee,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal dayRate,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal revenueSharePercent,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal shadowBillingPercent,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal coDeliveryBillingPercent,
        @Min(1) @Max(1000) Integer designatedTrainers) {

    /** The train-the-trainer ramp when none is given: shadowing not billed, co-delivery billed at half. */
    public static final BigDecimal DEFAULT_SHADOW_BILLING_PERCENT = BigDecimal.ZERO;
    public static final BigDecimal DEFAULT_CO_DELIVERY_BILLING_PERCENT = new BigDecimal("50");


    private static final Map<String, Function<AgreementTerms, Object>> TERMS = termAccessors();

    private static Map<String, Function<AgreementTerms, Object>> termAccessors() {
        var terms = new LinkedHashMap<String, Function<AgreementTerms, Object>>();
        terms.put("discountPercent", AgreementTerms::discountPercent);
        terms.put("annualFee", AgreementTerms::annualFee);
        terms.put("dayRate", AgreementTerms::dayRate);
        terms.put("revenueSharePercent", AgreementTerms::revenueSharePercent);
        terms.put("currency", AgreementTerms::currency);
        return terms;
    }

    /** The terms each model needs; every other term must be left out. */
    static List<String> requiredFor(AgreementModel model) {
        return switch (model) {
            case RESELLER -> List.of("discountPercent");
            case CONTENT_LICENSING -> List.of("annualFee", "currency");
            case PAY_PER_DELIVERY -> List.of("dayRate", "currency");
            case REVENUE_SHARE -> List.of("revenueSharePercent");
        };
    }

    /**
     * What is wrong with the combination of model, terms and dates, by field; empty when they fit. Single
     * fields (a negative fee, a missing model) are the field constraints' to report.
     */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (model != null) {
            var required = requiredFor(model);
            TERMS.forEach((field, value) -> {
                boolean given = value.apply(this) != null;
                if (required.contains(field) && !given) {
                    problems.put(field, "is required for a " + model + " agreement");
                } else if (!required.contains(field) && given) {
                    problems.put(field, "does not apply to a " + model + " agreement");
                }
            });
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.put("validTo", "must not be before validFrom");
        }
        return problems;
    }
}
