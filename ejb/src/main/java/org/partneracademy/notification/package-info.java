/**
 * Notifications to people: an in-app inbox (each person reads and marks only their own) and an e-mail
 * copy sent through {@link org.partneracademy.notification.Mailer} after the transaction that created
 * the notification committed. Features decide who is told; this package only records and delivers.
 */
package org.partneracademy.notification;
