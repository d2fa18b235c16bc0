package no.fellesgrunn.domain.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A login. Holds only what signing in needs: the username (the person's e-mail address,
 * normalised), a display name, a password hash (never the password) and roles. Everything else
 * about a person belongs to their actor profile, so that the account stays minimal.
 */
public record UserAccount(
        UUID id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        int version) {

    public UserAccount {
        Objects.requireNonNull(id, "id");
        username = normaliseUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A user account needs a display name.");
        }
        displayName = displayName.strip();
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("A user account needs a password hash.");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A user account needs at least one role.");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    public static UserAccount create(String username, String displayName, String passwordHash, Set<Role> roles) {
        return new UserAccount(UUID.randomUUID(), username, displayName, passwordHash, roles, true, 0);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * Usernames are e-mail addresses, compared without regard to case or surrounding space, so
     * "Kari@Bodo.kommune.no " and "kari@bodo.kommune.no" are one person.
     */
    public static String normaliseUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A user account needs a username.");
        }
        String normalised = username.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || normalised.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The username '" + username.strip() + "' is not valid.");
        }
        return normalised;
    }
}
