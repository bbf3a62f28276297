package org.partneracademy.notification;

/** One plain-text e-mail to one address. */
public record OutgoingMail(String to, String subject, String body) {
}
