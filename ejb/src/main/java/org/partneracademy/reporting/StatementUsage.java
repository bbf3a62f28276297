package org.partneracademy.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.reporting.statement.UsageLine;

/** A content licence's use in the statement's period against what it allows (null: unlimited). */
@Embeddable
public class StatementUsage {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private UsageLine.Metric metric;

    @Column(nullable = false)
    private int used;

    private Integer licensed;

    @Column(name = "over_used", nullable = false)
    private boolean overUsed;

    protected StatementUsage() {
    }

    public StatementUsage(UsageLine.Metric metric, int used, Integer licensed, boolean overUsed) {
        this.metric = metric;
        this.used = used;
        this.licensed = licensed;
        this.overUsed = overUsed;
    }

    public UsageLine.Metric getMetric() {
        return metric;
    }

    public int getUsed() {
        return used;
    }

    public Integer getLicensed() {
        return licensed;
    }

    public boolean isOverUsed() {
        return overUsed;
    }
}
