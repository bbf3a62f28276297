package org.partneracademy.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.partneracademy.notification.Mailer;
import org.partneracademy.notification.OutgoingMail;

/**
 * Sends e-mail over SMTP through the server's mail session {@code java:jboss/mail/Academy}, whose host,
 * port and sender come from PA_SMTP_HOST, PA_SMTP_PORT and PA_MAIL_FROM (see configure.cli). Timeouts
 * are bounded so that an unreachable server costs seconds, not a hung thread.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    private static final String TIMEOUT_MILLIS = "10000";

    @Resource(lookup = "java:jboss/mail/Academy")
    Session serverSession;

    private Session session;

    @PostConstruct
    void bounded() {
        var properties = new Properties();
        properties.putAll(serverSession.getProperties());
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        session = Session.getInstance(properties);
    }

    @Override
    public void send(OutgoingMail mail) throws MailFailure {
        try {
            var message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (SendFailedException | AddressException e) {
            // Their messages list the addresses: keep personal data out of the log.
            throw new MailFailure("the recipient address was refused or invalid", e);
        } catch (MessagingException e) {
            throw new MailFailure("SMTP delivery failed: " + e.getMessage(), e);
        }
    }
}
