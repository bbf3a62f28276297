package org.partneracademy.session;

import java.util.HashMap;
import java.util.Map;

/**
 * How many seats (seated or offered) each partner's people hold on one session; people without a
 * partner (the vendor's staff) count under no partner. Read under the session lock, updated as seats
 * are given out, so that several offers made in one go see each other.
 */
public final class SeatCounts {

    private final Map<Long, Integer> heldByPartner = new HashMap<>();

    public static SeatCounts none() {
        return new SeatCounts();
    }

    public SeatCounts with(Long partnerId, int held) {
        heldByPartner.merge(partnerId, held, Integer::sum);
        return this;
    }

    public int held(Long partnerId) {
        return heldByPartner.getOrDefault(partnerId, 0);
    }

    void taken(Long partnerId) {
        heldByPartner.merge(partnerId, 1, Integer::sum);
    }

    void freed(Long partnerId) {
        heldByPartner.merge(partnerId, -1, Integer::sum);
    }
}
