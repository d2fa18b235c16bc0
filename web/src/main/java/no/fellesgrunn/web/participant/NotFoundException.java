package no.fellesgrunn.web.participant;

/**
 * Thrown alike for something that does not exist and for something that belongs to someone else
 * (another person's match, chat or next step), so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
