package org.partneracademy.web.path;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.partneracademy.path.AssignmentRuleService;
import org.partneracademy.path.Combinator;
import org.partneracademy.path.ConditionKind;
import org.partneracademy.path.LearningPathService;
import org.partneracademy.path.PathView;
import org.partneracademy.path.RuleCriteria;
import org.partneracademy.path.RuleInput;
import org.partneracademy.path.RulePreview;
import org.partneracademy.path.RuleView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's assignment rules: the list, and the editor with a preview of whom a rule would hit. */
@Named
@ViewScoped
public class RuleAdminBean implements Serializable {

    /** One editable condition. */
    public static class ConditionRow implements Serializable {
        private ConditionKind kind = ConditionKind.POSITION;
        private String value;

        public ConditionKind getKind() {
            return kind;
        }

        public void setKind(ConditionKind kind) {
            this.kind = kind;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    @Inject
    AssignmentRuleService service;

    @Inject
    LearningPathService pathService;

    private List<RuleView> rules;
    private List<PathView> paths;

    private Long editingId;
    private String name;
    private Combinator combinator = Combinator.ALL;
    private List<ConditionRow> conditions = new ArrayList<>();
    private List<Long> pathIds = new ArrayList<>();
    private RulePreview preview;

    @PostConstruct
    void load() {
        rules = service.rules();
        paths = pathService.paths();
        if (conditions.isEmpty()) {
            addCondition();
        }
    }

    public void addCondition() {
        conditions.add(new ConditionRow());
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
        preview = null;
    }

    public void edit(RuleView rule) {
        editingId = rule.id();
        name = rule.name();
        combinator = rule.combinator();
        conditions = new ArrayList<>();
        rule.conditions().forEach(c -> {
            var row = new ConditionRow();
            row.setKind(c.kind());
            row.setValue(c.value());
            conditions.add(row);
        });
        pathIds = rule.paths().stream().map(p -> p.id()).collect(Collectors.toCollection(ArrayList::new));
        preview = null;
    }

    public void runPreview() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            preview = service.preview(new RuleCriteria(combinator, conditionInputs()));
        } catch (ConstraintViolationException invalid) {
            preview = null;
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            preview = null;
            Messages.refused(facesContext, refused);
        }
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var input = new RuleInput(name, combinator, conditionInputs(), pathIds);
            var saved = editingId == null ? service.create(input) : service.update(editingId, input);
            Messages.info(facesContext, Messages.format(facesContext, "rules.saved", saved.name(), saved.assignedPeople()));
            cancel();
            rules = service.rules();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void cancel() {
        editingId = null;
        name = null;
        combinator = Combinator.ALL;
        conditions = new ArrayList<>();
        addCondition();
        pathIds = new ArrayList<>();
        preview = null;
    }

    /** Rows left without a value are left out, so an untouched extra row does not block saving. */
    private List<RuleInput.ConditionInput> conditionInputs() {
        return conditions.stream().filter(row -> row.getValue() != null && !row.getValue().isBlank())
                .map(row -> new RuleInput.ConditionInput(row.getKind(), row.getValue())).toList();
    }

    public String conditionSummary(RuleView rule) {
        String joiner = rule.combinator() == Combinator.ALL ? " and " : " or ";
        return rule.conditions().stream().map(RuleView.ConditionView::label).collect(Collectors.joining(joiner));
    }

    public String pathNames(RuleView rule) {
        return rule.paths().stream().map(p -> p.name()).collect(Collectors.joining(", "));
    }

    public ConditionKind[] getKinds() {
        return ConditionKind.values();
    }

    public Combinator[] getCombinators() {
        return Combinator.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<RuleView> getRules() {
        return rules;
    }

    public List<PathView> getPaths() {
        return paths;
    }

    public RulePreview getPreview() {
        return preview;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Combinator getCombinator() {
        return combinator;
    }

    public void setCombinator(Combinator combinator) {
        this.combinator = combinator;
    }

    public List<ConditionRow> getConditions() {
        return conditions;
    }

    public List<Long> getPathIds() {
        return pathIds;
    }

    public void setPathIds(List<Long> pathIds) {
        this.pathIds = pathIds;
    }
}
