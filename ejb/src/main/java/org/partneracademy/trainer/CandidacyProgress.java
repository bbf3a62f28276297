package org.partneracademy.trainer;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The steps the {@code trainer-certification} process takes on a candidacy, each idempotent (a job may
 * run twice): moving to a step it is on already, or acting on a closed candidacy, changes nothing. Each
 * takes the candidacy's row lock first. Always in its caller's transaction (a process job or the
 * transaction that sent the message); no user is needed, so no role is checked here.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CandidacyProgress {

    private static final Logger LOG = Logger.getLogger(CandidacyProgress.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    @Inject
    DeliveryStandardTerms standards;

    @Inject
    Event<CandidacyPassed> passed;

    public TrainerCandidacy locked(long candidacyId) {
        var candidacy = em.find(TrainerCandidacy.class, candidacyId, LockModeType.PESSIMISTIC_WRITE);
        if (candidacy == null) {
            throw new NotFoundException("Trainer candidacy", candidacyId);
        }
        return candidacy;
    }

    public void moveTo(long candidacyId, CandidacyStatus next) {
        var candidacy = locked(candidacyId);
        if (candidacy.getStatus() == next || !candidacy.getStatus().isOpen()) {
            LOG.fine(() -> "Candidacy " + candidacyId + " stays " + candidacy.getStatus() + " (asked: " + next + ")");
            return;
        }
        candidacy.moveTo(next, clock.now());
    }

    /** The course family's delivery standard names a trainer exam. */
    public boolean trainerExamRequired(long candidacyId) {
        return standards.trainerExamId(em.find(TrainerCandidacy.class, candidacyId).getCourseCode()).isPresent();
    }

    /**
     * A failed panel uses a try.
     *
     * @return whether the candidate has a try left (fewer used than the standard's max_tries)
     */
    public boolean useTry(long candidacyId) {
        var candidacy = locked(candidacyId);
        int used = candidacy.getStatus().isOpen() ? candidacy.useTry() : candidacy.getTriesUsed();
        return used < standards.maxTries(candidacy.getCourseCode());
    }

    /** Closes the candidacy as AUTHORISED and fires {@link CandidacyPassed} (once). */
    public void authorise(long candidacyId) {
        var candidacy = locked(candidacyId);
        if (!candidacy.getStatus().isOpen()) {
            return;
        }
        candidacy.moveTo(CandidacyStatus.AUTHORISED, clock.now());
        em.flush();
        passed.fire(new CandidacyPassed(candidacy.getId(), candidacy.getCandidate().getId(), candidacy.getCourse().getId(),
                candidacy.getCourseCode(), candidacy.getVersionMajor(), candidacy.getKind()));
    }
}
