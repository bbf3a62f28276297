package org.partneracademy.trainer;

/**
 * CDI event: a candidacy's panel passed the candidate (fired by the trainer-certification process in the
 * transaction that closes the candidacy as AUTHORISED). The authorisation feature observes it and grants
 * the authorisation, then links it to the candidacy.
 */
public record CandidacyPassed(long candidacyId, long candidateId, long courseId, String courseCode, int versionMajor,
        CandidacyKind kind) {
}
