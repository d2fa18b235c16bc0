package no.fellesgrunn.web.mail;

import no.fellesgrunn.infra.participant.JdbcMailOutbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The embedded demo has no mail server: mails go into the outbox table, where the recipient (and
 * the administrator) can read them on the outbox page.
 */
@Component
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
public class OutboxMailer implements Mailer {
    private final JdbcMailOutbox outbox;

    public OutboxMailer(JdbcMailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(Mail mail) {
        outbox.store(mail.to(), mail.subject(), mail.body(), mail.attachmentName(), mail.attachment());
    }
}
