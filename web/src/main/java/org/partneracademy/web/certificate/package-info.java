/** The public verification page of a certificate: {@code /verify/<code>} with no sign-in. */
package org.partneracademy.web.certificate;
