/** REST resources of progress: a partner admin's team and the vendor's progress figures. */
package org.partneracademy.web.rest.analytics;
