/** REST resources of trainer authorisations: grants, suspensions, revocations, the audit trail and designated trainer counts. */
package org.partneracademy.web.rest.trainer;
