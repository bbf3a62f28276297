/**
 * REST resources of the trainer panel: delivery standards, scheduling observed deliveries, the leaders'
 * sign-off inbox, sign-offs and corrections, the head of training's overdue decisions, panel views and a
 * candidate's history. Thin: the rules live in {@code org.partneracademy.trainer.panel}.
 */
package org.partneracademy.web.rest.trainer;
