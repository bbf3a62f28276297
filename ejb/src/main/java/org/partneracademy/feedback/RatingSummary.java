package org.partneracademy.feedback;

/** A course's average rating (null without any) and how many learners rated it. */
public record RatingSummary(long courseId, Double average, long count) {

    /** The average rounded to one decimal, as pages show it; null without ratings. */
    public Double rounded() {
        return average == null ? null : Math.round(average * 10) / 10.0;
    }
}
