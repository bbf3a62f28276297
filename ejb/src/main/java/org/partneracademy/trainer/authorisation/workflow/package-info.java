/**
 * The {@code trainer-authorisation} process's adapters: starting and ending it, and the delegates of its
 * renewal check, re-authorisation and expiry tasks. Camunda types stay in here.
 */
package org.partneracademy.trainer.authorisation.workflow;
