package no.fellesgrunn.web.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Generates passwords for accounts that someone else creates (demo accounts, new organisers).
 * 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I), in groups of five so they
 * can be read aloud or typed from paper: about 115 bits.
 */
@Component
public class PasswordGenerator {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    public String generate() {
        StringBuilder password = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
