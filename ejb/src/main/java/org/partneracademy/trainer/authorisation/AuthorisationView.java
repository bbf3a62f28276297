package org.partneracademy.trainer.authorisation;

import java.time.Instant;
import java.util.List;
import org.partneracademy.trainer.AuthorisationStatus;
import org.partneracademy.trainer.GrantedVia;
import org.partneracademy.trainer.TrainerAuthorisation;

/**
 * An authorisation as lists and pages show it; {@code mayLead} says whether it lets the trainer lead a
 * session now (ACTIVE and not past its expiry). {@code events} is filled for a single read only.
 */
public record AuthorisationView(long id, long trainerId, String trainerUsername, String trainerName, Long partnerId,
        String partnerName, long courseId, String courseCode, String courseTitle, int versionMajor,
        AuthorisationStatus status, GrantedVia grantedVia, Long candidacyId, Instant grantedAt, Instant expiresAt,
        boolean mayLead, List<AuthorisationEventView> events) {

    static AuthorisationView of(TrainerAuthorisation a, Instant now, List<AuthorisationEventView> events) {
        var trainer = a.getTrainer();
        var partner = trainer.getPartner();
        return new AuthorisationView(a.getId(), trainer.getId(), trainer.getUsername(), trainer.getDisplayName(),
                partner == null ? null : partner.getId(), partner == null ? null : partner.getName(),
                a.getCourse().getId(), a.getCourseCode(), a.getCourse().getTitle(), a.getVersionMajor(), a.getStatus(),
                a.getGrantedVia(), a.getCandidacyId(), a.getGrantedAt(), a.getExpiresAt(), a.activeOn(now), events);
    }
}
