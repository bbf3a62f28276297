/**
 * Progress as administrators read it: a partner admin's team (each person's open and completed
 * enrollments, modules done, last activity) and the vendor's dashboard (enrollments and completions per
 * month, per partner, completion rate per course). Read-only aggregates computed by the database;
 * people are scoped through {@link org.partneracademy.partner.PartnerScope}.
 */
package org.partneracademy.analytics;
