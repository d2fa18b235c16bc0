package no.fellesgrunn.web.mail;

/**
 * One mail to one person: plain text (readable everywhere, also by screen readers), with an
 * optional calendar file attached.
 */
public record Mail(String to, String subject, String body, String attachmentName, byte[] attachment) {
    public Mail {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a subject");
        }
    }

    public static Mail text(String to, String subject, String body) {
        return new Mail(to, subject, body, null, null);
    }

    public Mail withCalendar(String fileName, byte[] ics) {
        return new Mail(to, subject, body, fileName, ics);
    }
}
