/** Outgoing e-mail over SMTP through the application server's mail session (the {@code notification.Mailer} implementation). */
package org.partneracademy.platform.mail;
