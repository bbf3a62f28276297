/** The notifications page and the unread count in the header. */
package org.partneracademy.web.notification;
