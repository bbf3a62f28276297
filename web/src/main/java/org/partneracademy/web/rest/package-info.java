/**
 * The JSON API under {@code /api/v1}: thin resources over the feature services, RFC 9457 problem
 * documents for every error, and an OpenAPI document served by the server at {@code /api/openapi}.
 */
package org.partneracademy.web.rest;
