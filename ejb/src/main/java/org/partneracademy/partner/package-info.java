/**
 * The partner network: partners with their type and tier, their locations, and the people who work
 * there with their position and application roles. Every query a partner-side caller runs is scoped
 * to that caller's partner here, in the query, never in a page.
 */
package org.partneracademy.partner;
