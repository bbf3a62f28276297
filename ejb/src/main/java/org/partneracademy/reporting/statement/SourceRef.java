package org.partneracademy.reporting.statement;

/** Where a statement line comes from: a row of the registrations ledger, a delivery record or the agreement. */
public record SourceRef(Kind kind, long id) {

    public enum Kind {
        REGISTRATION, REGISTRATION_EVENT, SESSION, CANDIDACY_STEP, AGREEMENT
    }

    public static SourceRef registration(long id) {
        return new SourceRef(Kind.REGISTRATION, id);
    }

    public static SourceRef event(long id) {
        return new SourceRef(Kind.REGISTRATION_EVENT, id);
    }

    public static SourceRef session(long id) {
        return new SourceRef(Kind.SESSION, id);
    }

    public static SourceRef candidacyStep(long id) {
        return new SourceRef(Kind.CANDIDACY_STEP, id);
    }

    public static SourceRef agreement(long id) {
        return new SourceRef(Kind.AGREEMENT, id);
    }
}
