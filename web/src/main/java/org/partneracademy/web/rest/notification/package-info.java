/** REST access to one's own notifications. */
package org.partneracademy.web.rest.notification;
