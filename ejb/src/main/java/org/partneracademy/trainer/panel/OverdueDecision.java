package org.partneracademy.trainer.panel;

/** The head of training on an overdue panel: decide on the sign-offs received, or extend by {@code extendByDays}. */
public record OverdueDecision(boolean extend, Integer extendByDays) {
}
