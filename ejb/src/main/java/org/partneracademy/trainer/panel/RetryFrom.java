package org.partneracademy.trainer.panel;

/** Where a candidate goes back to after a failed panel: co-delivery again, or only a new observed delivery. */
public enum RetryFrom {
    CO_DELIVERY, OBSERVED_DELIVERY
}
