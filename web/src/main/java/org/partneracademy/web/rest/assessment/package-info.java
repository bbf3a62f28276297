/**
 * REST resources of assessments: question banks and exams for their authors, attempts for learners
 * (correct answers never leave the server before submission), gradings for vendor admins and leaders.
 */
package org.partneracademy.web.rest.assessment;
