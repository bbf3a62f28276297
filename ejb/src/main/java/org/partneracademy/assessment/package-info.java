/**
 * Assessments: question banks and their questions, exams drawn from them, and learners' attempts. The
 * server alone knows the right answers and computes every score; an attempt's life (time limit, manual
 * grading, retake cooldown) runs as the {@code assessment-attempt} process (see {@code workflow}).
 */
package org.partneracademy.assessment;
