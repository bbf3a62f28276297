package org.partneracademy.assessment;

/** The kinds of question; essays and practicals are graded by a person, all others by the server. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, MATCHING, ORDERING, SHORT_ANSWER, ESSAY, PRACTICAL;

    public boolean gradedByPerson() {
        return this == ESSAY || this == PRACTICAL;
    }

    public boolean hasOptions() {
        return this != SHORT_ANSWER && !gradedByPerson();
    }
}
