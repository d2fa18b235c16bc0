package no.fellesgrunn.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Spring's delegating encoder (bcrypt for new hashes, the algorithm id stored with each hash),
 * except for passwords longer than bcrypt's 72 bytes, which bcrypt refuses: those (a long pass
 * phrase, or 40 characters with æ, ø and å) are hashed with PBKDF2-HMAC-SHA256 (310,000
 * iterations), which has no length limit. Both verify through the same delegating encoder.
 */
public class LongPasswordAwareEncoder implements PasswordEncoder {
    static final int BCRYPT_MAX_BYTES = 72;
    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";
    private final PasswordEncoder standard = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder longPasswords = new DelegatingPasswordEncoder(
            PBKDF2, Map.of(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));

    @Override
    public String encode(CharSequence rawPassword) {
        return tooLongForBcrypt(rawPassword) ? longPasswords.encode(rawPassword) : standard.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return standard.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return standard.upgradeEncoding(encodedPassword);
    }

    static boolean tooLongForBcrypt(CharSequence rawPassword) {
        return rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES;
    }
}
