/** REST resource of exam item statistics for the vendor admin. */
package org.partneracademy.web.rest.statistics;
