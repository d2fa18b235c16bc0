package no.fellesgrunn.web.mail;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends through the SMTP server Spring Mail is configured with. */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class SmtpMailer implements Mailer {
    private final JavaMailSender sender;
    private final String from;

    public SmtpMailer(JavaMailSender sender, @Value("${fellesgrunn.mail.from:fellesgrunn@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        var message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, mail.attachment() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            if (mail.attachment() != null) {
                helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), "text/calendar");
            }
        } catch (MessagingException e) {
            throw new MailSendException("could not build the mail to " + mail.to(), e);
        }
        sender.send(message);
    }
}
