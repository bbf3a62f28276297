/**
 * The embedded Camunda 7 engine: its bootstrap on the application's JTA datasource, its job executor on
 * a managed executor. Its services (RuntimeService, TaskService, ...) are injectable through the producers
 * of camunda-engine-cdi, which find this engine as the platform's default engine. Camunda types stay in packages named
 * {@code workflow}, so the engine can later be replaced by a maintained fork without touching features.
 */
package org.partneracademy.platform.workflow;
