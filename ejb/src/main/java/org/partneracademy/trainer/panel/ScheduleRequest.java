package org.partneracademy.trainer.panel;

import java.time.LocalDate;
import java.util.List;

/** Scheduling an observed delivery: when, what part of the course, optionally which session, and the panel (leader person ids). */
public record ScheduleRequest(LocalDate deliveredOn, String scope, Long sessionId, List<Long> panel) {
}
