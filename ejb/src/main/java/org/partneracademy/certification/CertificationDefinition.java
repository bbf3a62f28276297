package org.partneracademy.certification;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Position;

/**
 * What a certification asks for and how long it lasts. Rules (checked by {@link DefinitionRules} before
 * anything is saved): a level requires the definition one level below (never itself, never a cycle);
 * exactly one original path; every path has at least one requirement; a recertification window shorter
 * than the validity; a fixed expiry day for {@link ExpiryMode#FIXED_DATE}. Every change raises the
 * revision; certificates keep the dates and revision they were issued with.
 */
@Entity
@Table(name = "certification_definition")
public class CertificationDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private int level;

    @Column(name = "level_name")
    private String levelName;

    @Column(name = "requires_definition_id")
    private Long requiresDefinitionId;

    private String validity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "expiry_mode", nullable = false)
    private ExpiryMode expiryMode;

    @Column(name = "fixed_expiry_day")
    private String fixedExpiryDay;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private DefinitionStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certification_definition_position", joinColumns = @JoinColumn(name = "definition_id"))
    @Column(name = "position", nullable = false)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Position> positions = EnumSet.noneOf(Position.class);

    @OneToMany(mappedBy = "definition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CertificationPath> paths = new ArrayList<>();

    @Version
    private long version;

    protected CertificationDefinition() {
    }

    public CertificationDefinition(String code, Instant now) {
        this.code = code;
        this.revision = 0;
        this.createdAt = now;
    }

    /** Sets everything but the paths and raises the revision (a new definition gets revision 1). */
    void describe(DefinitionInput input, Instant now) {
        code = input.code().strip();
        name = input.name().strip();
        description = input.description();
        level = input.level();
        levelName = input.levelName();
        requiresDefinitionId = input.requiresDefinitionId();
        validity = input.validity() == null || input.validity().isBlank() ? null : input.validity().strip();
        expiryMode = input.expiryMode();
        fixedExpiryDay = input.fixedExpiryDay() == null || input.fixedExpiryDay().isBlank() ? null : input.fixedExpiryDay();
        windowDays = input.windowDays();
        graceDays = input.graceDays();
        status = input.status() == null ? DefinitionStatus.ACTIVE : input.status();
        positions = input.positions().isEmpty() ? EnumSet.noneOf(Position.class) : EnumSet.copyOf(input.positions());
        revision++;
        updatedAt = now;
    }

    public CertificationDates.Rules rules() {
        return new CertificationDates.Rules(validity == null ? null : Period.parse(validity), expiryMode,
                fixedExpiryDay == null ? null : MonthDay.parse("--" + fixedExpiryDay), windowDays, graceDays);
    }

    public CertificationPath originalPath() {
        return paths.stream().filter(p -> p.getKind() == PathKind.ORIGINAL).findFirst()
                .orElseThrow(() -> new IllegalStateException("Definition " + id + " has no original path"));
    }

    /** The paths that recertify: the recertification paths, or the original one when there are none. */
    public List<CertificationPath> recertificationPaths() {
        var recertification = paths.stream().filter(p -> p.getKind() == PathKind.RECERTIFICATION).toList();
        return recertification.isEmpty() ? List.of(originalPath()) : recertification;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getLevel() {
        return level;
    }

    public String getLevelName() {
        return levelName;
    }

    public Long getRequiresDefinitionId() {
        return requiresDefinitionId;
    }

    public String getValidity() {
        return validity;
    }

    public ExpiryMode getExpiryMode() {
        return expiryMode;
    }

    public String getFixedExpiryDay() {
        return fixedExpiryDay;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public DefinitionStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Position> getPositions() {
        return positions;
    }

    public List<CertificationPath> getPaths() {
        return paths;
    }
}
