/**
 * Partner certification objectives and tiers: how many certified people per position a partner (or every
 * partner of a tier) must keep, whether each partner meets them now and in 60 days, telling a partner's
 * admins when expiries put an objective at risk, and proposing to the vendor the tier a partner's met
 * objectives qualify it for. It reads the certification tables and never changes them.
 */
package org.partneracademy.objective;
