package org.partneracademy.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One partner's seat rule on a session: a quota caps how many seats its people may hold (null = no
 * cap), reserved seats are kept for its people alone and are never given to anyone else.
 */
@Embeddable
public class SeatAllocation {

    @Column(name = "quota")
    private Integer quota;

    @Column(name = "reserved", nullable = false)
    private int reserved;

    protected SeatAllocation() {
    }

    SeatAllocation(Integer quota, int reserved) {
        this.quota = quota;
        this.reserved = reserved;
    }

    public Integer getQuota() {
        return quota;
    }

    public int getReserved() {
        return reserved;
    }

    /** Whether the partner may take one more seat while it holds {@code held}. */
    boolean allowsOneMore(int held) {
        return quota == null || held < quota;
    }

    /** Seats still kept back for the partner while it holds {@code held}. */
    int unusedReservation(int held) {
        return Math.max(0, reserved - held);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeatAllocation other && Objects.equals(quota, other.quota) && reserved == other.reserved;
    }

    @Override
    public int hashCode() {
        return Objects.hash(quota, reserved);
    }
}
