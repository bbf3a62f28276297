/**
 * Trainer authorisations: granted when a candidacy passes its panel or directly by the vendor admin,
 * suspended, reinstated and revoked by training leaders (never one from the trainer's own partner), renewed
 * by good deliveries or sent back to an observed delivery, expired. Every change is an append-only
 * {@link org.partneracademy.trainer.authorisation.AuthorisationEvent}; the {@code trainer-authorisation}
 * process (in {@code workflow}) keeps the renewal and expiry timers.
 */
package org.partneracademy.trainer.authorisation;
