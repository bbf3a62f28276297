/**
 * The schema's single owner: versioned Flyway migrations under {@code db/migration}, applied at
 * start-up before the workflow engine and any feature, and validated against the JPA mappings.
 */
package org.partneracademy.platform.persistence;
