package org.partneracademy.trainer.panel;

import java.time.Instant;

/**
 * An open task of the trainer-panel process, without the engine's types: a member's sign-off or the head
 * of training's decision on an overdue panel.
 */
public record PanelTask(String id, Kind kind, long observedDeliveryId, String assignee, Instant created, Instant due) {

    public enum Kind {
        SIGN_OFF, OVERDUE
    }
}
