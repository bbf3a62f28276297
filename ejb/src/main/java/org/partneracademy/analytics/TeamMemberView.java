package org.partneracademy.analytics;

import java.time.Instant;
import java.util.List;
import org.partneracademy.partner.Position;

/**
 * One person of a partner admin's team and their progress: enrollments still open and completed, the
 * share of modules done over all their (not cancelled) enrollments, and their last enrollment or
 * module completion.
 */
public record TeamMemberView(long id, String displayName, String username, Position position, List<String> locations,
        long openEnrollments, long completedEnrollments, long modulesDone, long modulesTotal, int percentModulesDone,
        Instant lastActivity) {
}
