package org.partneracademy.notification;

import java.util.List;

/** E-mail copies of notifications created in the current transaction, to be sent once it commits. */
record MailsQueued(List<OutgoingMail> mails) {
}
