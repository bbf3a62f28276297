/**
 * REST resources of train-the-trainer: trainer candidacies ({@code /trainer-candidacies},
 * {@code /me/trainer-candidacies}); delivery standards, scheduling observed deliveries, the leaders'
 * sign-off inbox, sign-offs and corrections, the head of training's overdue decisions, panel views and a
 * candidate's history; trainer authorisations and designated trainers. Thin: the rules live in
 * {@code org.partneracademy.trainer} and its sub-packages.
 */
package org.partneracademy.web.rest.trainer;
