/** REST resources of certificates: a certificate's PDF for those who may see it, and the public verification of a code. */
package org.partneracademy.web.rest.certificate;
