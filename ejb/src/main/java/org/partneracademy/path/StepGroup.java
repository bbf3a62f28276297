package org.partneracademy.path;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A group of a path's steps (its number is its place in the path's list). */
@Embeddable
public class StepGroup {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false)
    private GroupKind kind;

    @Column(name = "pick")
    private Integer pick;

    protected StepGroup() {
    }

    StepGroup(GroupKind kind, Integer pick) {
        this.kind = kind;
        this.pick = pick;
    }

    public GroupKind getKind() {
        return kind;
    }

    public Integer getPick() {
        return pick;
    }
}
