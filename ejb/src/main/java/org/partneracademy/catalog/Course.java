package org.partneracademy.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * A course of the vendor's catalog.
 *
 * <p>Rules: a course has at least one module before it can be published; learners see and enroll in
 * published courses only; the list price is exact decimal in one ISO currency.
 */
@Entity
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CourseFormat format;

    @Column(name = "version_major", nullable = false)
    private int versionMajor = 1;

    @Column(name = "version_minor", nullable = false)
    private int versionMinor = 0;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CourseStatus status = CourseStatus.DRAFT;

    @Column(nullable = false)
    private String language;

    @Column(name = "list_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal listPrice;

    @Column(nullable = false)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code, String title, String description, CourseFormat format, String language,
            BigDecimal listPrice, String currency, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.format = format;
        this.language = language;
        this.listPrice = listPrice;
        this.currency = currency;
        this.createdAt = createdAt;
    }

    public CourseModule addModule(String moduleTitle, int durationMinutes) {
        var module = new CourseModule(this, modules.size() + 1, moduleTitle, durationMinutes);
        modules.add(module);
        return module;
    }

    public void publish(Instant now) {
        if (modules.isEmpty()) {
            throw new RuleViolationException("Course " + code + " has no modules and cannot be published");
        }
        if (status != CourseStatus.PUBLISHED) {
            status = CourseStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public String getVersionLabel() {
        return versionMajor + "." + versionMinor;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<CourseModule> getModules() {
        return Collections.unmodifiableList(modules);
    }
}
