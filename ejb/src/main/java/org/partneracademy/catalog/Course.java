package org.partneracademy.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * One version of a course of the vendor's catalog.
 *
 * <p>Versions are rows: every version of a course is its own {@code Course} with the same family
 * {@link #getCode() code} and its own major.minor number, modules, audiences and offerings. Enrollments
 * and registrations point at the row, so they stay on the version they took when a newer one appears.
 *
 * <p>Rules: a course has at least one module before it can be published; only a draft can be edited;
 * a new version is drafted from the published one only, with a higher number, and a family has at most
 * one draft at a time (the database enforces it too); publishing a version retires the published one
 * it supersedes (no new enrollments there); learners see and enroll in published versions only; each
 * offering kind appears once per version, priced exactly (see {@link Price}).
 */
@Entity
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CourseTrack track = CourseTrack.TECHNICAL;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_audience_position", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "position", nullable = false)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @BatchSize(size = 50)
    private Set<Position> audiencePositions = EnumSet.noneOf(Position.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "course_audience_brand", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "brand_id"))
    @BatchSize(size = 50)
    private Set<Brand> audienceBrands = new LinkedHashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind")
    @BatchSize(size = 50)
    private List<CourseOffering> offerings = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
    }

    /** A first draft (version 1.0) sold publicly at the given list price. */
    public Course(String code, String title, String description, CourseFormat format, String language,
            BigDecimal listPrice, String currency, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.format = format;
        this.language = language;
        this.createdAt = createdAt;
        addOffering(OfferingKind.PUBLIC, new Price(listPrice, currency));
    }

    public CourseModule addModule(String moduleTitle, int durationMinutes) {
        return addModule(moduleTitle, durationMinutes, null);
    }

    /** Adds a module teaching {@code topic} (null for none) at the end of a draft. */
    public CourseModule addModule(String moduleTitle, int durationMinutes, String topic) {
        requireDraft();
        var module = new CourseModule(this, modules.size() + 1, moduleTitle, durationMinutes, topic);
        modules.add(module);
        return module;
    }

    /**
     * Replaces the editable content of a draft. Modules are rewritten in place by position (a draft
     * has no enrollments, so no completion refers to them) and surplus ones are removed.
     */
    public void revise(String newTitle, String newDescription, CourseFormat newFormat, String newLanguage,
            CourseTrack newTrack, Collection<Position> positions, Collection<Brand> brands, List<NewModule> newModules) {
        requireDraft();
        this.title = newTitle;
        this.description = newDescription;
        this.format = newFormat;
        this.language = newLanguage;
        this.track = newTrack == null ? CourseTrack.TECHNICAL : newTrack;
        target(positions, brands);
        for (int i = 0; i < newModules.size(); i++) {
            var wanted = newModules.get(i);
            if (i < modules.size()) {
                modules.get(i).revise(wanted.title(), wanted.durationMinutes(), wanted.topic());
            } else {
                addModule(wanted.title(), wanted.durationMinutes(), wanted.topic());
            }
        }
        while (modules.size() > newModules.size()) {
            modules.remove(modules.size() - 1);
        }
    }

    /** Sets who the course is for: positions and brands (empty = everyone). Drafts only. */
    public void target(Collection<Position> positions, Collection<Brand> brands) {
        requireDraft();
        audiencePositions.clear();
        audiencePositions.addAll(positions);
        audienceBrands.clear();
        audienceBrands.addAll(brands);
    }

    public void setTrack(CourseTrack track) {
        requireDraft();
        this.track = track == null ? CourseTrack.TECHNICAL : track;
    }

    /** Adds a way to sell this version. Allowed on drafts and the published version, not on retired ones. */
    public CourseOffering addOffering(OfferingKind kind, Price price) {
        requireNotRetired();
        if (offering(kind).isPresent()) {
            throw new ConflictException("Course " + code + " " + getVersionLabel() + " already has a " + kind + " offering");
        }
        var offering = new CourseOffering(this, kind, price);
        offerings.add(offering);
        return offering;
    }

    /** Changes an offering's price; new seats pay it, existing registrations keep theirs. */
    public CourseOffering reprice(long offeringId, Price price) {
        requireNotRetired();
        var offering = offerings.stream().filter(o -> o.getId() != null && o.getId() == offeringId).findFirst()
                .orElseThrow(() -> new NotFoundException("Offering", offeringId + " of course " + id));
        offering.reprice(price);
        return offering;
    }

    /**
     * Drafts the next version from this published one: same code, content, audiences and offerings,
     * with the given higher number. The caller makes sure no other draft of the family exists.
     */
    public Course draftNextVersion(int major, int minor, Instant now) {
        if (status != CourseStatus.PUBLISHED) {
            throw new RuleViolationException("A new version of " + code + " is drafted from its published version, not from "
                    + getVersionLabel() + " (" + status + ")");
        }
        if (compareVersion(major, minor) >= 0) {
            throw new RuleViolationException("Version " + major + "." + minor + " of " + code
                    + " must be higher than the published " + getVersionLabel());
        }
        var next = new Course();
        next.code = code;
        next.title = title;
        next.description = description;
        next.format = format;
        next.language = language;
        next.track = track;
        next.versionMajor = major;
        next.versionMinor = minor;
        next.createdAt = now;
        modules.forEach(module -> next.addModule(module.getTitle(), module.getDurationMinutes(), module.getTopic()));
        next.audiencePositions.addAll(audiencePositions);
        next.audienceBrands.addAll(audienceBrands);
        offerings.forEach(offering -> next.addOffering(offering.getKind(),
                        new Price(offering.getListPrice(), offering.getCurrency()))
                .changePolicy(offering.isRequiresApproval(), offering.getFreeCancellationDays()));
        return next;
    }

    /** Publishes a course that has no published version (its first version). */
    public void publish(Instant now) {
        publish(Optional.empty(), now);
    }

    /**
     * Publishes this draft, retiring the version it supersedes.
     *
     * @param current the family's published version, if any
     * @return true if this is a new major version over {@code current}: its learners are to be told
     */
    public boolean publish(Optional<Course> current, Instant now) {
        if (status == CourseStatus.PUBLISHED) {
            return false;
        }
        boolean major = supersede(current, now);
        status = CourseStatus.PUBLISHED;
        publishedAt = now;
        return major;
    }

    /**
     * The first half of publishing: checks that this draft may be published over {@code current} and
     * retires {@code current}; this version stays a draft until {@link #publish(Instant)}. Separate so
     * that the retirement can reach the database before the new version takes the family's one
     * published place (the database checks that place row by row).
     *
     * @return true if this is a new major version over {@code current}
     */
    public boolean supersede(Optional<Course> current, Instant now) {
        requireDraft();
        if (modules.isEmpty()) {
            throw new RuleViolationException("Course " + code + " has no modules and cannot be published");
        }
        var previous = current.filter(c -> c != this);
        previous.ifPresent(old -> {
            if (!old.code.equals(code) || old.status != CourseStatus.PUBLISHED) {
                throw new IllegalArgumentException("Not the published version of " + code);
            }
            if (compareVersion(old.versionMajor, old.versionMinor) <= 0) {
                throw new RuleViolationException("Version " + getVersionLabel() + " of " + code
                        + " must be higher than the published " + old.getVersionLabel());
            }
            old.status = CourseStatus.RETIRED;
            old.retiredAt = now;
        });
        return previous.map(old -> versionMajor > old.versionMajor).orElse(false);
    }

    /** Compares this version's number with major.minor: positive if this one is higher. */
    int compareVersion(int major, int minor) {
        return Comparator.<int[]>comparingInt(v -> v[0]).thenComparingInt(v -> v[1])
                .compare(new int[] {versionMajor, versionMinor}, new int[] {major, minor});
    }

    private void requireDraft() {
        if (status != CourseStatus.DRAFT) {
            throw new RuleViolationException("Course " + code + " " + getVersionLabel() + " is " + status
                    + "; only a draft can be edited (draft a new version instead)");
        }
    }

    private void requireNotRetired() {
        if (status == CourseStatus.RETIRED) {
            throw new RuleViolationException("Course " + code + " " + getVersionLabel() + " is retired");
        }
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    /** The family code, shared by every version of the course. */
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

    public int getVersionMajor() {
        return versionMajor;
    }

    public int getVersionMinor() {
        return versionMinor;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public CourseTrack getTrack() {
        return track;
    }

    public Optional<CourseOffering> offering(OfferingKind kind) {
        return offerings.stream().filter(o -> o.getKind() == kind).findFirst();
    }

    /** The PUBLIC offering's list price (what a self-enrolled seat costs); null if it is not sold publicly. */
    public BigDecimal getListPrice() {
        return offering(OfferingKind.PUBLIC).map(CourseOffering::getListPrice).orElse(null);
    }

    /** The PUBLIC offering's currency; null if it is not sold publicly. */
    public String getCurrency() {
        return offering(OfferingKind.PUBLIC).map(CourseOffering::getCurrency).orElse(null);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public List<CourseModule> getModules() {
        return Collections.unmodifiableList(modules);
    }

    /** The course's duration: the sum of its modules' minutes. */
    public int getDurationMinutes() {
        return modules.stream().mapToInt(CourseModule::getDurationMinutes).sum();
    }

    public Set<Position> getAudiencePositions() {
        return Collections.unmodifiableSet(audiencePositions);
    }

    public Set<Brand> getAudienceBrands() {
        return Collections.unmodifiableSet(audienceBrands);
    }

    public List<CourseOffering> getOfferings() {
        return Collections.unmodifiableList(offerings);
    }
}
