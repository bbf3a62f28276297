/**
 * Train-the-trainer: a partner's trainer becomes an authorised instructor of a course family and major
 * version through nomination, live training, the trainer exam, shadowing, co-delivery and an observed
 * delivery signed off by a panel of training leaders against the course's delivery standard
 * ({@code trainer-certification.bpmn}, {@code trainer-panel.bpmn}). Authorisations expire, are renewed
 * by good deliveries or a new observed delivery, and decide who may lead a session.
 */
package org.partneracademy.trainer;
