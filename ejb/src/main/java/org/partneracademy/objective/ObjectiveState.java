package org.partneracademy.objective;

/** How a partner stands against one objective. */
public enum ObjectiveState {
    /** Enough certified people now and after the expiries of the next 60 days. */
    MET,
    /** Enough certified people now, but not once the certifications expiring in the next 60 days have expired. */
    AT_RISK,
    /** Fewer certified people than required now. */
    UNMET;

    static ObjectiveState of(int required, int certified, int expiringSoon) {
        if (certified < required) {
            return UNMET;
        }
        return certified - expiringSoon < required ? AT_RISK : MET;
    }

    /** Met today, whatever comes: tier qualification and "partners meeting objectives" count AT_RISK as met. */
    public boolean isMetNow() {
        return this != UNMET;
    }
}
