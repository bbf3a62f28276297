/**
 * REST resources of certifications: definitions and their what-if date preview, assigning, listing and
 * revoking certifications, the caller's certifications and a person's transcript.
 */
package org.partneracademy.web.rest.certification;
