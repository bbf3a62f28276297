package org.partneracademy.trainer;

import java.util.EnumSet;
import java.util.Set;

/** The step a trainer candidacy is on, in process order, then how it ended. */
public enum CandidacyStatus {
    NOMINATED, LIVE_TRAINING, TRAINER_EXAM, SHADOWING, CO_DELIVERY, OBSERVED_DELIVERY, PANEL_REVIEW,
    AUTHORISED, DECLINED, FAILED, WITHDRAWN;

    public static final Set<CandidacyStatus> CLOSED = EnumSet.of(AUTHORISED, DECLINED, FAILED, WITHDRAWN);

    public boolean isOpen() {
        return !CLOSED.contains(this);
    }
}
