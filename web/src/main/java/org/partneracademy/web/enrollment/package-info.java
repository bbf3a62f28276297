/** "My learning": a learner's enrollments, their progress through modules and completion dates. */
package org.partneracademy.web.enrollment;
