package org.partneracademy.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port; WildFly's mail session is pointed at
 * it through {@code -Dpa.smtp.host/-Dpa.smtp.port} (see {@link TestDatabaseSession}). Tests read what
 * the application sent; each test looks for its own recipients, since the mailbox is shared by the run.
 */
public final class TestMailbox {

    private static GreenMail server;
    private static int port;

    private TestMailbox() {
    }

    static synchronized int start() {
        if (server == null) {
            port = port == 0 ? freePort() : port;
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return port;
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Takes the SMTP server down (as if it were unreachable) until {@link #resume()}; what it received is gone. */
    public static synchronized void pause() {
        stop();
    }

    /** Brings the SMTP server back on the same port, so WildFly's mail session reaches it again. */
    public static synchronized void resume() {
        start();
    }

    /** Messages received so far addressed to the given address. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    /** Waits (mail is sent after commit, on another thread) until at least {@code count} messages reached the address. */
    public static List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = messagesTo(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = messagesTo(address);
        }
        return found;
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
