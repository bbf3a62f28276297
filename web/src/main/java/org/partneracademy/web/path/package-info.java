/**
 * Pages of learning paths: the vendor admin's path and rule editors (with the rule preview) and the
 * learner's "My paths" with progress and the reasons each path is assigned.
 */
package org.partneracademy.web.path;
