/**
 * The web tier: PrimeFaces pages (one thin view-scoped bean per page, grouped by feature) and the
 * JAX-RS API under {@code /api/v1}. Both speak the services' records, never managed entities.
 */
package org.partneracademy.web;
