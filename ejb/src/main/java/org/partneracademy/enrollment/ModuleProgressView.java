package org.partneracademy.enrollment;

import java.time.Instant;

public record ModuleProgressView(long moduleId, int position, String title, int durationMinutes, Instant completedAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
