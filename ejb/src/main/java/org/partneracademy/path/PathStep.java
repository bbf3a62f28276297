package org.partneracademy.path;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step of a path: a course, referenced by id only (courses and their versions belong to the
 * catalog). {@code groupNo} is null for steps written before groups existed; then {@code required}
 * says whether the step is required or an optional extra.
 */
@Embeddable
public class PathStep {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "group_no")
    private Integer groupNo;

    protected PathStep() {
    }

    PathStep(long courseId, boolean required, Integer groupNo) {
        this.courseId = courseId;
        this.required = required;
        this.groupNo = groupNo;
    }

    public long getCourseId() {
        return courseId;
    }

    public boolean isRequired() {
        return required;
    }

    public Integer getGroupNo() {
        return groupNo;
    }
}
