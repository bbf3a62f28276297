/**
 * The refusals every service can answer with: not found (also for data outside the caller's scope),
 * conflict, and business-rule violation. Pages show them as messages; the API as problem documents.
 */
package org.partneracademy.platform.error;
