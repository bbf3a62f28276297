package org.partneracademy.trainer.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One criterion of a rubric: scored 1..5, counted by its weight, and failing the delivery below its minimum. */
@Entity
@Table(name = "delivery_criterion")
public class DeliveryCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_id")
    private DeliveryStandard standard;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private int weight;

    @Column(name = "minimum_score", nullable = false)
    private int minimumScore;

    protected DeliveryCriterion() {
    }

    DeliveryCriterion(DeliveryStandard standard) {
        this.standard = standard;
    }

    void describe(int position, String name, String description, int weight, int minimumScore) {
        this.position = position;
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.minimumScore = minimumScore;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getWeight() {
        return weight;
    }

    public int getMinimumScore() {
        return minimumScore;
    }
}
