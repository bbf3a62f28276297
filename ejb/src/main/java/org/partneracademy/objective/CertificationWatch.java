package org.partneracademy.objective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partneracademy.certification.CertificationStatusChanged;

/**
 * Re-evaluates a learner's partner when one of their certifications changes status, once that change
 * committed: a certification, expiry or revocation can open or clear a risk and change the qualified
 * tier at once rather than at the next daily run. A failure here never undoes the certification change.
 */
@ApplicationScoped
public class CertificationWatch {

    private static final Logger LOG = Logger.getLogger(CertificationWatch.class.getName());

    @Inject
    ObjectiveMonitor monitor;

    void onStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificationStatusChanged change) {
        try {
            monitor.evaluateLearnersPartner(change.learnerId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Objectives of the partner of learner " + change.learnerId()
                    + " could not be re-evaluated; the daily run will", e);
        }
    }
}
