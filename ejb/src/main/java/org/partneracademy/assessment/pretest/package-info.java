/**
 * Pre-assessments: a short exam at the start of a learning path. When a learner's attempt is graded, the
 * topics they master mark the matching modules of the path's courses as tested out (with the evidence),
 * and the learner's path shows what was skipped and why. Reads the assessment and catalog tables with
 * its own queries; writes only {@code module_test_out}.
 */
package org.partneracademy.assessment.pretest;
