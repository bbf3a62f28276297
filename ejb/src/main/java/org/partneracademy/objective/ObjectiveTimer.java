package org.partneracademy.objective;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates every partner's objectives once a day (03:00 server time) and on a vendor admin's request.
 * One partner failing does not stop the others. Not persistent: a day missed while the server was down
 * is caught up by the next run, which counts live.
 */
@Singleton
@PermitAll
public class ObjectiveTimer {

    private static final Logger LOG = Logger.getLogger(ObjectiveTimer.class.getName());

    @Inject
    ObjectiveMonitor monitor;

    @Schedule(hour = "3", minute = "0", persistent = false, info = "daily objective evaluation")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        evaluateAll();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ObjectiveMonitor.Evaluation evaluateAll() {
        var total = new ObjectiveMonitor.Evaluation(0, 0, 0, 0);
        for (long partnerId : monitor.partnerIds()) {
            try {
                total = total.plus(monitor.evaluatePartner(partnerId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Objectives of partner " + partnerId + " could not be evaluated", e);
            }
        }
        return total;
    }
}
