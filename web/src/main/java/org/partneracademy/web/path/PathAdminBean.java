package org.partneracademy.web.path;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.partner.Position;
import org.partneracademy.path.BrandOption;
import org.partneracademy.path.CourseRelationInput;
import org.partneracademy.path.CourseRelationsView;
import org.partneracademy.path.GroupKind;
import org.partneracademy.path.LearningPathService;
import org.partneracademy.path.PathInput;
import org.partneracademy.path.PathView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.web.shell.Messages;

/**
 * The vendor admin's learning paths: the list, the form that creates or edits one (groups of course
 * codes, electives, prerequisite paths), and the course prerequisites and equivalencies.
 */
@Named
@ViewScoped
public class PathAdminBean implements Serializable {

    /** One editable group; courses are typed as codes in step order ("SALES-101, PRODUCT-100"). */
    public static class GroupRow implements Serializable {
        private GroupKind kind = GroupKind.REQUIRED;
        private Integer pick;
        private String courseCodes;

        public GroupKind getKind() {
            return kind;
        }

        public void setKind(GroupKind kind) {
            this.kind = kind;
        }

        public Integer getPick() {
            return pick;
        }

        public void setPick(Integer pick) {
            this.pick = pick;
        }

        public String getCourseCodes() {
            return courseCodes;
        }

        public void setCourseCodes(String courseCodes) {
            this.courseCodes = courseCodes;
        }
    }

    @Inject
    LearningPathService service;

    @Inject
    CourseService courseService;

    private List<PathView> paths;
    private List<BrandOption> brands;
    private CourseRelationsView relations;
    private Map<String, Long> courseIdsByCode;

    private Long editingId;
    private String name;
    private String description;
    private Position position;
    private Long brandId;
    private List<GroupRow> groups = new ArrayList<>();
    private List<Long> prerequisitePathIds = new ArrayList<>();

    private String relationCourse;
    private String relationOther;

    @PostConstruct
    void load() {
        paths = service.paths();
        brands = service.brands();
        relations = service.courseRelations();
        courseIdsByCode = courseService.allCourses().stream()
                .collect(Collectors.toMap(c -> c.code().toUpperCase(Locale.ROOT), CourseView::id, (a, b) -> a));
        if (groups.isEmpty()) {
            addGroup();
        }
    }

    public void addGroup() {
        groups.add(new GroupRow());
    }

    public void removeGroup(GroupRow row) {
        groups.remove(row);
    }

    public void edit(PathView path) {
        editingId = path.id();
        name = path.name();
        description = path.description();
        position = path.position();
        brandId = path.brandId();
        groups = new ArrayList<>();
        for (var group : path.groups()) {
            var row = new GroupRow();
            row.setKind(group.kind() == GroupKind.OPTIONAL ? GroupKind.ELECTIVE : group.kind());
            row.setPick(group.kind() == GroupKind.OPTIONAL ? 1 : group.pick());
            row.setCourseCodes(group.steps().stream().map(s -> s.code()).collect(Collectors.joining(", ")));
            groups.add(row);
        }
        prerequisitePathIds = path.prerequisites().stream().map(p -> p.id()).collect(Collectors.toCollection(ArrayList::new));
    }

    public void cancel() {
        reset();
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var input = new PathInput(name, description, position, brandId, groups.stream().map(this::group).toList(),
                    prerequisitePathIds);
            var saved = editingId == null ? service.create(input) : service.update(editingId, input);
            Messages.info(facesContext, Messages.format(facesContext, "paths.saved", saved.name()));
            reset();
            paths = service.paths();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void addPrerequisite() {
        addRelation(true);
    }

    public void addEquivalency() {
        addRelation(false);
    }

    public void removePrerequisite(CourseRelationsView.Relation relation) {
        relations = service.removePrerequisite(relation.id());
    }

    public void removeEquivalency(CourseRelationsView.Relation relation) {
        relations = service.removeEquivalency(relation.id());
    }

    private void addRelation(boolean prerequisite) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var input = new CourseRelationInput(courseId(relationCourse), courseId(relationOther));
            relations = prerequisite ? service.addPrerequisite(input) : service.addEquivalency(input);
            relationCourse = null;
            relationOther = null;
            Messages.info(facesContext, Messages.text(facesContext, "paths.relationAdded"));
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    private PathInput.GroupInput group(GroupRow row) {
        List<Long> courseIds = row.getCourseCodes() == null ? List.of() : Arrays.stream(row.getCourseCodes().split("[,;\\s]+"))
                .filter(code -> !code.isBlank()).map(this::courseId).toList();
        return new PathInput.GroupInput(row.getKind(), row.getKind() == GroupKind.ELECTIVE ? row.getPick() : null, courseIds);
    }

    /** A course code as typed; an unknown one is refused by name (the service refuses unknown ids the same way). */
    private Long courseId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var id = courseIdsByCode.get(code.strip().toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new RuleViolationException("There is no course with the code " + code.strip());
        }
        return id;
    }

    private void reset() {
        editingId = null;
        name = null;
        description = null;
        position = null;
        brandId = null;
        groups = new ArrayList<>();
        addGroup();
        prerequisitePathIds = new ArrayList<>();
    }

    public String groupSummary(PathView path) {
        Function<PathView.GroupView, String> describe = g -> PathView.describe(g.kind(), g.pick(), g.steps().size()) + ": "
                + g.steps().stream().map(s -> s.code()).collect(Collectors.joining(", "));
        return path.groups().stream().map(describe).collect(Collectors.joining(" · "));
    }

    public String prerequisiteNames(PathView path) {
        return path.prerequisites().stream().map(p -> p.name()).collect(Collectors.joining(", "));
    }

    public List<Position> getPositions() {
        return Position.atPartners();
    }

    public GroupKind[] getKinds() {
        return new GroupKind[] {GroupKind.REQUIRED, GroupKind.ELECTIVE};
    }

    /** The other paths, which this one may require. */
    public List<PathView> getOtherPaths() {
        return paths.stream().filter(p -> editingId == null || p.id() != editingId).toList();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<PathView> getPaths() {
        return paths;
    }

    public List<BrandOption> getBrands() {
        return brands;
    }

    public CourseRelationsView getRelations() {
        return relations;
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

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public List<GroupRow> getGroups() {
        return groups;
    }

    public List<Long> getPrerequisitePathIds() {
        return prerequisitePathIds;
    }

    public void setPrerequisitePathIds(List<Long> prerequisitePathIds) {
        this.prerequisitePathIds = prerequisitePathIds;
    }

    public String getRelationCourse() {
        return relationCourse;
    }

    public void setRelationCourse(String relationCourse) {
        this.relationCourse = relationCourse;
    }

    public String getRelationOther() {
        return relationOther;
    }

    public void setRelationOther(String relationOther) {
        this.relationOther = relationOther;
    }
}
