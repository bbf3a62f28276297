package org.partneracademy.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** The fact that a learner finished one module of their enrollment, and when. */
@Embeddable
public class ModuleCompletion {

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected ModuleCompletion() {
    }

    ModuleCompletion(long moduleId, Instant completedAt) {
        this.moduleId = moduleId;
        this.completedAt = completedAt;
    }

    public long getModuleId() {
        return moduleId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModuleCompletion that && moduleId == that.moduleId;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(moduleId);
    }
}
