package org.partneracademy.trainer.panel;

import org.partneracademy.platform.error.DomainException;

/**
 * The caller may not act on this panel task: it is someone else's, or segregation of duties forbids it
 * (the leader is the candidate, or works for the candidate's partner). REST answers 403 with the reason.
 */
public class PanelAccessDenied extends DomainException {

    public PanelAccessDenied(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
