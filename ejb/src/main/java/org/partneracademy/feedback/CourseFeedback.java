package org.partneracademy.feedback;

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
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * What one learner thinks of one course.
 *
 * <p>Rules: the rating is a whole number from 1 to 5; the comment is optional and at most
 * {@value #MAX_COMMENT} characters, kept as written (pages escape it when they show it); a learner has
 * one feedback per course, and giving feedback again replaces the rating and the comment.
 */
@Entity
@Table(name = "course_feedback")
public class CourseFeedback {

    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    private Person learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int rating;

    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CourseFeedback() {
    }

    public CourseFeedback(Person learner, Course course, int rating, String comment, Instant now) {
        this.learner = learner;
        this.course = course;
        this.createdAt = now;
        revise(rating, comment, now);
    }

    /** Replaces rating and comment; a blank comment is no comment. */
    public void revise(int newRating, String newComment, Instant now) {
        if (newRating < 1 || newRating > 5) {
            throw new RuleViolationException("A rating is from 1 to 5");
        }
        String trimmed = newComment == null || newComment.isBlank() ? null : newComment.strip();
        if (trimmed != null && trimmed.length() > MAX_COMMENT) {
            throw new RuleViolationException("A comment has at most " + MAX_COMMENT + " characters");
        }
        this.rating = newRating;
        this.comment = trimmed;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Person getLearner() {
        return learner;
    }

    public Course getCourse() {
        return course;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
