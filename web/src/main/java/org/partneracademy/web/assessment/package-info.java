/**
 * Pages of assessments: authoring banks and exams (vendor admin), taking an exam and reading its result
 * (learner), grading essays and practicals (vendor admin, training leader). Thin view beans over the
 * assessment services.
 */
package org.partneracademy.web.assessment;
