package org.partneracademy.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One unit of a course that a learner completes; its position orders the course. */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    /** What the module teaches, matched against the topics of pre-assessment questions; null for none. */
    @Column(length = 100)
    private String topic;

    protected CourseModule() {
    }

    CourseModule(Course course, int position, String title, int durationMinutes, String topic) {
        this.course = course;
        this.position = position;
        this.title = title;
        this.durationMinutes = durationMinutes;
        this.topic = normalized(topic);
    }

    void revise(String newTitle, int newDurationMinutes, String newTopic) {
        this.title = newTitle;
        this.durationMinutes = newDurationMinutes;
        this.topic = normalized(newTopic);
    }

    private static String normalized(String topic) {
        return topic == null || topic.isBlank() ? null : topic.strip();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getTopic() {
        return topic;
    }
}
