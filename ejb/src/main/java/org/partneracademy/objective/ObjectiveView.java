package org.partneracademy.objective;

import org.partneracademy.partner.Position;

/** An objective as pages and the API show it; exactly one of partnerId and tierCode is set. */
public record ObjectiveView(long id, Long partnerId, String partnerName, String tierCode, long definitionId,
        String definitionName, Position position, int requiredCount) {
}
