package org.partneracademy.objective;

import java.time.Instant;
import org.partneracademy.partner.Position;

/**
 * One objective for one partner, counted live: {@code certified} people hold the certification now,
 * {@code expiringSoon} of them lose it within the risk horizon (60 days) unless they recertify;
 * {@code firstExpiry} is the earliest expiry among the certified (null if none expires). {@code tierCode} is set for an objective of the partner's tier.
 */
public record ObjectiveStatus(long objectiveId, String tierCode, long definitionId, String definitionName,
        Position position, int required, int certified, int expiringSoon, Instant firstExpiry, ObjectiveState state) {
}
