/**
 * The settlement arithmetic of one partner's statement for one period under each agreement model, kept
 * free of persistence, CDI and workflow so that every figure can be checked by hand in a unit test. The
 * invoicing services feed it registrations reduced from the ledger, delivery days from the trainer
 * records and the agreement's terms; every line it returns names the events and deliveries it came
 * from. Money is exact decimal with its currency, rounded by {@link Money#rounded} only, once per line.
 */
package org.partneracademy.reporting.statement;
