package org.partneracademy.path;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Completing course {@code courseId} counts for course {@code countsForCourseId} (directed). */
@Entity
@Table(name = "course_equivalency")
public class CourseEquivalency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "counts_for_course_id", nullable = false)
    private long countsForCourseId;

    protected CourseEquivalency() {
    }

    public CourseEquivalency(long courseId, long countsForCourseId) {
        this.courseId = courseId;
        this.countsForCourseId = countsForCourseId;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getCountsForCourseId() {
        return countsForCourseId;
    }
}
