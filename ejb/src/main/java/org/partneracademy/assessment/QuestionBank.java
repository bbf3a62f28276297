package org.partneracademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partneracademy.catalog.Course;

/** A named collection of questions, optionally for one course. Names are unique. */
@Entity
@Table(name = "question_bank")
public class QuestionBank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected QuestionBank() {
    }

    public QuestionBank(String name, Course course, String description, Instant now) {
        this.createdAt = now;
        describe(name, course, description);
    }

    public void describe(String newName, Course newCourse, String newDescription) {
        this.name = newName.strip();
        this.course = newCourse;
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Course getCourse() {
        return course;
    }

    public String getDescription() {
        return description;
    }
}
