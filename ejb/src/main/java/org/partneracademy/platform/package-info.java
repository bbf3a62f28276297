/**
 * The small shared kernel every feature stands on: schema migration, security roles and the current
 * caller, the error types that callers translate into messages, and the bootstrap of the embedded
 * workflow engine. Nothing here knows about courses, partners or enrollments.
 */
package org.partneracademy.platform;
