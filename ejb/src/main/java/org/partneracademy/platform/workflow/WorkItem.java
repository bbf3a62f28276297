package org.partneracademy.platform.workflow;

import java.time.Instant;

/** A human task waiting in someone's inbox, without the engine's types. */
public record WorkItem(String id, String name, String processDefinition, Instant created, Instant due) {
}
