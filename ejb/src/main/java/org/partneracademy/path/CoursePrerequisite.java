package org.partneracademy.path;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Course {@code courseId} requires course {@code requiredCourseId} (or an equivalent of it) first. */
@Entity
@Table(name = "course_prerequisite")
public class CoursePrerequisite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "required_course_id", nullable = false)
    private long requiredCourseId;

    protected CoursePrerequisite() {
    }

    public CoursePrerequisite(long courseId, long requiredCourseId) {
        this.courseId = courseId;
        this.requiredCourseId = requiredCourseId;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getRequiredCourseId() {
        return requiredCourseId;
    }
}
