/**
 * REST resources of learning paths: path definitions, course prerequisites and equivalencies and
 * assignment rules for the vendor admin; a learner's own paths with progress and reasons.
 */
package org.partneracademy.web.rest.path;
