/**
 * JSF views of train-the-trainer candidacies: the partner admin's pipeline and nomination form, the vendor
 * admin's overview of every candidate, the trainer's own progress. Thin: the rules live in
 * {@code org.partneracademy.trainer}.
 */
package org.partneracademy.web.trainer;
