package no.fellesgrunn.web.mail;

/**
 * Port: sends mail. Over SMTP when {@code spring.mail.host} is set ({@link SmtpMailer}); otherwise
 * (the embedded demo) into the outbox table ({@link OutboxMailer}), which the outbox page shows.
 */
public interface Mailer {
    void send(Mail mail);
}
