package no.fellesgrunn.domain.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation link: 32 random bytes (256 bits, unguessable), URL-safe Base64
 * without padding (43 characters). The link carries the token; the database only its SHA-256 hash,
 * so the page that opens a link hashes the token from the URL and looks the hash up.
 */
public final class InvitationToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationToken() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of the token's UTF-8 bytes, as stored in {@link Invitation#tokenHash()}. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
