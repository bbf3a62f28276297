/**
 * Learners' feedback on courses: a rating from 1 to 5 and an optional comment, one per learner and
 * course, given on one's own enrollment; averages for the catalog, comments for the vendor admin.
 */
package org.partneracademy.feedback;
