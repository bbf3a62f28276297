package org.partneracademy.trainer;

/**
 * A partner's trainers for one course family: how many are authorised now and how many are candidates,
 * against the number of designated trainers the agreement in force requires ({@code required} null: none).
 */
public record DesignatedTrainerCount(String courseCode, long authorised, long candidates, Integer required,
        boolean shortfall) {
}
