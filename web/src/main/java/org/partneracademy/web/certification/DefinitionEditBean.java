package org.partneracademy.web.certification;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.certification.CertificationDefinitions;
import org.partneracademy.certification.CertificationPathInput;
import org.partneracademy.certification.DatePreview;
import org.partneracademy.certification.DefinitionInput;
import org.partneracademy.certification.DefinitionStatus;
import org.partneracademy.certification.DefinitionView;
import org.partneracademy.certification.ExpiryMode;
import org.partneracademy.certification.PathKind;
import org.partneracademy.certification.RequirementInput;
import org.partneracademy.certification.RequirementKind;
import org.partneracademy.certification.TargetOption;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/**
 * The definition form ({@code /admin/certification.xhtml?id=}, no id: a new one), with the what-if
 * preview of the dates the rules as edited would give, before anything is saved.
 */
@Named
@ViewScoped
public class DefinitionEditBean implements Serializable {

    @Inject
    CertificationDefinitions definitions;

    private Long id;
    private int revision;
    private String code;
    private String name;
    private String description;
    private int level = 1;
    private String levelName;
    private Long requiresDefinitionId;
    private Position[] positions = new Position[0];
    private String validity = "P2Y";
    private ExpiryMode expiryMode = ExpiryMode.FROM_COMPLETION;
    private String fixedExpiryDay;
    private int windowDays = 60;
    private int graceDays = 30;
    private DefinitionStatus status = DefinitionStatus.ACTIVE;
    private List<RequirementRow> rows = new ArrayList<>(List.of(new RequirementRow()));
    private LocalDate previewCompletion = LocalDate.now(ZoneOffset.UTC);
    private LocalDate previewPreviousExpiry;
    private DatePreview.Result preview;
    private List<TargetOption> targets;
    private List<DefinitionView> others;

    /** Loads the definition named by the {@code id} view parameter, if any. */
    public void load() {
        if (id == null || code != null) {
            return;
        }
        var d = definitions.definition(id);
        revision = d.revision();
        code = d.code();
        name = d.name();
        description = d.description();
        level = d.level();
        levelName = d.levelName();
        requiresDefinitionId = d.requiresDefinitionId();
        positions = d.positions().toArray(new Position[0]);
        validity = d.validity();
        expiryMode = d.expiryMode();
        fixedExpiryDay = d.fixedExpiryDay();
        windowDays = d.windowDays();
        graceDays = d.graceDays();
        status = d.status();
        rows = new ArrayList<>();
        for (var path : d.paths()) {
            for (var r : path.requirements()) {
                var row = new RequirementRow();
                row.setPathId(path.id());
                row.setRequirementId(r.id());
                row.setPathKind(path.kind());
                row.setPathName(path.name());
                row.setKind(r.kind());
                row.setTarget(r.courseId() != null ? "course:" + r.courseId() : r.examId() != null ? "exam:" + r.examId()
                        : r.learningPathId() != null ? "path:" + r.learningPathId() : null);
                row.setMinScorePercent(r.minScorePercent());
                row.setMetric(r.metric());
                row.setMinValue(r.minValue());
                rows.add(row);
            }
        }
    }

    public void save() {
        var context = FacesContext.getCurrentInstance();
        try {
            var saved = id == null ? definitions.create(input()) : definitions.update(id, input());
            id = saved.id();
            revision = saved.revision();
            rows.clear();
            code = null;
            load();
            Messages.info(context, Messages.format(context, "certificationDefinition.saved", saved.name(), saved.revision()));
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    /** The dates the rules as edited (not saved) give for the completion date entered. */
    public void preview() {
        var context = FacesContext.getCurrentInstance();
        try {
            preview = definitions.preview(new DatePreview(null, validity, expiryMode, fixedExpiryDay, windowDays, graceDays,
                    startOf(previewCompletion), startOf(previewPreviousExpiry)));
        } catch (ConstraintViolationException invalid) {
            preview = null;
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            preview = null;
            Messages.refused(context, refused);
        }
    }

    public void addRow() {
        var row = new RequirementRow();
        if (!rows.isEmpty()) {
            var last = rows.get(rows.size() - 1);
            row.setPathKind(last.getPathKind());
            row.setPathName(last.getPathName());
        }
        rows.add(row);
    }

    public void removeRow(RequirementRow row) {
        rows.remove(row);
    }

    private DefinitionInput input() {
        Map<String, List<RequirementRow>> byPath = new LinkedHashMap<>();
        rows.forEach(row -> byPath.computeIfAbsent(row.getPathName() == null ? "" : row.getPathName().strip(),
                k -> new ArrayList<>()).add(row));
        List<CertificationPathInput> paths = new ArrayList<>();
        byPath.forEach((pathName, pathRows) -> {
            var first = pathRows.get(0);
            Long pathId = pathRows.stream().map(RequirementRow::getPathId).filter(p -> p != null).findFirst().orElse(null);
            paths.add(new CertificationPathInput(pathId, first.getPathKind(), pathName,
                    pathRows.stream().map(DefinitionEditBean::requirement).toList()));
        });
        return new DefinitionInput(code, name, description, level, levelName, requiresDefinitionId,
                positions.length == 0 ? EnumSet.noneOf(Position.class) : EnumSet.copyOf(Arrays.asList(positions)), validity, expiryMode,
                fixedExpiryDay, windowDays, graceDays, status, paths);
    }

    private static RequirementInput requirement(RequirementRow row) {
        Long course = targetId(row.getTarget(), "course");
        Long exam = targetId(row.getTarget(), "exam");
        Long path = targetId(row.getTarget(), "path");
        return new RequirementInput(row.getRequirementId(), row.getKind(), course, path, exam, row.getMinScorePercent(),
                row.getMetric(), row.getMinValue());
    }

    private static Long targetId(String target, String prefix) {
        return target != null && target.startsWith(prefix + ":") ? Long.valueOf(target.substring(prefix.length() + 1)) : null;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public List<TargetOption> getTargets() {
        if (targets == null) {
            targets = definitions.targets();
        }
        return targets;
    }

    /** The definitions this one may require (any other). */
    public List<DefinitionView> getOthers() {
        if (others == null) {
            others = definitions.definitions().stream().filter(d -> id == null || d.id() != id).toList();
        }
        return others;
    }

    public List<Position> getAllPositions() {
        return Position.atPartners();
    }

    public List<ExpiryMode> getExpiryModes() {
        return Arrays.asList(ExpiryMode.values());
    }

    public List<DefinitionStatus> getStatuses() {
        return Arrays.asList(DefinitionStatus.values());
    }

    public List<PathKind> getPathKinds() {
        return Arrays.asList(PathKind.values());
    }

    public List<RequirementKind> getRequirementKinds() {
        return Arrays.asList(RequirementKind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getRevision() {
        return revision;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    public String getLevelName() {
        return levelName;
    }

    public void setLevelName(String levelName) {
        this.levelName = levelName;
    }

    public Long getRequiresDefinitionId() {
        return requiresDefinitionId;
    }

    public void setRequiresDefinitionId(Long requiresDefinitionId) {
        this.requiresDefinitionId = requiresDefinitionId;
    }

    public Position[] getPositions() {
        return positions.clone();
    }

    public void setPositions(Position[] positions) {
        this.positions = positions == null ? new Position[0] : positions.clone();
    }

    public String getValidity() {
        return validity;
    }

    public void setValidity(String validity) {
        this.validity = validity;
    }

    public ExpiryMode getExpiryMode() {
        return expiryMode;
    }

    public void setExpiryMode(ExpiryMode expiryMode) {
        this.expiryMode = expiryMode;
    }

    public String getFixedExpiryDay() {
        return fixedExpiryDay;
    }

    public void setFixedExpiryDay(String fixedExpiryDay) {
        this.fixedExpiryDay = fixedExpiryDay;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(int windowDays) {
        this.windowDays = windowDays;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(int graceDays) {
        this.graceDays = graceDays;
    }

    public DefinitionStatus getStatus() {
        return status;
    }

    public void setStatus(DefinitionStatus status) {
        this.status = status;
    }

    public List<RequirementRow> getRows() {
        return rows;
    }

    public LocalDate getPreviewCompletion() {
        return previewCompletion;
    }

    public void setPreviewCompletion(LocalDate previewCompletion) {
        this.previewCompletion = previewCompletion;
    }

    public LocalDate getPreviewPreviousExpiry() {
        return previewPreviousExpiry;
    }

    public void setPreviewPreviousExpiry(LocalDate previewPreviousExpiry) {
        this.previewPreviousExpiry = previewPreviousExpiry;
    }

    public DatePreview.Result getPreview() {
        return preview;
    }
}
