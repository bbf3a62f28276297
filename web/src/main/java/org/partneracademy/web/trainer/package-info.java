/**
 * JSF views of train-the-trainer: the partner admin's pipeline and nomination form, the vendor admin's
 * overview of every candidate and delivery standards, the trainer's own progress and authorisations, the
 * leaders' sign-off inbox, rubric form with the candidate's history, panel view and decisions history, and
 * their authorisations page. Thin: the rules live in {@code org.partneracademy.trainer}.
 */
package org.partneracademy.web.trainer;
