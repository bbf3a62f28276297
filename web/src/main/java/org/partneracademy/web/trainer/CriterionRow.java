package org.partneracademy.web.trainer;

import java.io.Serializable;

/** One editable row of the rubric form (id null: a new criterion). */
public class CriterionRow implements Serializable {

    private Long id;
    private String name;
    private String description;
    private Integer weight = 10;
    private Integer minimumScore = 3;

    public CriterionRow() {
    }

    CriterionRow(Long id, String name, String description, int weight, int minimumScore) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.minimumScore = minimumScore;
    }

    public Long getId() {
        return id;
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

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public Integer getMinimumScore() {
        return minimumScore;
    }

    public void setMinimumScore(Integer minimumScore) {
        this.minimumScore = minimumScore;
    }
}
