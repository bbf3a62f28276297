package org.partneracademy.web.certification;

import java.io.Serializable;
import java.math.BigDecimal;
import org.partneracademy.certification.PathKind;
import org.partneracademy.certification.RequirementKind;

/**
 * One editable requirement line of the definition form. Lines with the same path name form one path;
 * {@code target} is a picker value ("course:12", "exam:5", "path:3").
 */
public class RequirementRow implements Serializable {

    private Long pathId;
    private Long requirementId;
    private PathKind pathKind = PathKind.ORIGINAL;
    private String pathName = "Original";
    private RequirementKind kind = RequirementKind.COURSE;
    private String target;
    private Integer minScorePercent;
    private String metric;
    private BigDecimal minValue;

    public Long getPathId() {
        return pathId;
    }

    public void setPathId(Long pathId) {
        this.pathId = pathId;
    }

    public Long getRequirementId() {
        return requirementId;
    }

    public void setRequirementId(Long requirementId) {
        this.requirementId = requirementId;
    }

    public PathKind getPathKind() {
        return pathKind;
    }

    public void setPathKind(PathKind pathKind) {
        this.pathKind = pathKind;
    }

    public String getPathName() {
        return pathName;
    }

    public void setPathName(String pathName) {
        this.pathName = pathName;
    }

    public RequirementKind getKind() {
        return kind;
    }

    public void setKind(RequirementKind kind) {
        this.kind = kind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Integer getMinScorePercent() {
        return minScorePercent;
    }

    public void setMinScorePercent(Integer minScorePercent) {
        this.minScorePercent = minScorePercent;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public void setMinValue(BigDecimal minValue) {
        this.minValue = minValue;
    }
}
