/** Pages of certification objectives: the partner admin's own status, the vendor admin's overview and tier proposals. */
package org.partneracademy.web.objective;
