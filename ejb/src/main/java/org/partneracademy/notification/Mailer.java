package org.partneracademy.notification;

/**
 * Sends e-mail. The implementation (SMTP through the server's mail session) lives in
 * {@code platform.mail}; this feature depends on the interface only.
 */
public interface Mailer {

    /** Sends one message or throws; callers decide what a failure means (notifications: log and go on). */
    void send(OutgoingMail mail) throws MailFailure;

    /** The message could not be handed to the mail server. */
    class MailFailure extends Exception {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
