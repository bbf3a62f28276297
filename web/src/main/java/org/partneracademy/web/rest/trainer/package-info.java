/**
 * REST resources of train-the-trainer: trainer candidacies ({@code /trainer-candidacies}, {@code /me/trainer-candidacies}).
 * Thin: the rules live in {@code org.partneracademy.trainer}.
 */
package org.partneracademy.web.rest.trainer;
