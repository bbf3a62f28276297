package org.partneracademy.trainer.authorisation;

/**
 * How many of a partner's trainers may currently lead a course family (any major version counted once
 * per trainer), against the number its agreement in force requires ({@code required} null: none required).
 */
public record DesignatedTrainerCount(String courseCode, String courseTitle, long authorised, Integer required,
        boolean shortfall) {
}
