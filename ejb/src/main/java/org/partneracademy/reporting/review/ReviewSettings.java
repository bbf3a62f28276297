package org.partneracademy.reporting.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a partner has to review a statement: {@code pa.statement.review-days} (14 by default), counted
 * from its issue and again from every re-issue or return after a rejected dispute. Unanswered, it is
 * confirmed automatically.
 */
@ApplicationScoped
public class ReviewSettings {

    @Inject
    @ConfigProperty(name = "pa.statement.review-days", defaultValue = "14")
    int reviewDays;

    public Duration reviewTime() {
        if (reviewDays < 1) {
            throw new IllegalStateException("pa.statement.review-days must be at least 1, not " + reviewDays);
        }
        return Duration.ofDays(reviewDays);
    }

    public Instant dueFrom(Instant issuedAt) {
        return issuedAt.plus(reviewTime());
    }
}
