package org.partneracademy.trainer.panel;

/** Where an observed delivery's panel is: signing off, past its deadline with the head of training, or decided. */
public enum ObservedDeliveryStatus {
    AWAITING_PANEL, ESCALATED, PASSED, FAILED;

    public boolean isOpen() {
        return this == AWAITING_PANEL || this == ESCALATED;
    }
}
