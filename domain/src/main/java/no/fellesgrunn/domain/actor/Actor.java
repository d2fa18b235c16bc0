package no.fellesgrunn.domain.actor;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;

/**
 * A person taking part in co-creation. Belongs to an organisation, or to none when they speak for
 * themselves as a citizen.
 *
 * @param themes       the themes the actor cares about, ordered by priority 1, 2, ...
 * @param languages    language codes the actor speaks (nb, nn, en, se, or any ISO 639 code)
 * @param userAccountId the login linked to this actor, if any
 */
public record Actor(
        UUID id,
        String name,
        Email email,
        String phone,
        UUID organisationId,
        String roleTitle,
        String homeMunicipality,
        List<ThemeInterest> themes,
        Set<Perspective> perspectives,
        Set<String> languages,
        String accessibilityNeeds,
        Consent consent,
        UUID userAccountId,
        int version) {
    /**
     * A person who deleted their account keeps an anonymous actor (others' coffee chats and steps
     * point at it) whose address is in this reserved domain (RFC 2606), so it can never receive mail
     * nor be matched to anyone's login again.
     */
    public static final String LEFT_EMAIL_DOMAIN = "fellesgrunn.invalid";

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{5,20}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public Actor {
        Check.notNull(id, "actor id");
        name = Check.text(name, "name", 200);
        Check.notNull(email, "e-mail of " + name);
        phone = Check.optionalText(phone, "phone", 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new DomainException(
                    DomainError.PHONE_INVALID,
                    "phone '" + phone + "' of " + name + " must be digits and spaces, optionally starting with +",
                    phone);
        }
        roleTitle = Check.optionalText(roleTitle, "role or title", 200);
        // Someone who deleted their account, or whose data the retention time removed, keeps no
        // home municipality; everyone else has one.
        if (homeMunicipality != null || !gone(email)) {
            Check.municipalityNumber(homeMunicipality, "home municipality of " + name);
        }
        themes = sortedThemes(Check.list(themes, "themes"), name);
        perspectives = Check.set(perspectives, "perspectives");
        languages = normalisedLanguages(Check.set(languages, "languages"), name);
        accessibilityNeeds = Check.optionalText(accessibilityNeeds, "accessibility needs", 1000);
        consent = consent == null ? Consent.NOTHING : consent;
        Check.version(version);
    }

    public static Actor create(String name, Email email, String homeMunicipality) {
        return new Actor(
                Ids.newId(),
                name,
                email,
                null,
                null,
                null,
                homeMunicipality,
                List.of(),
                Set.of(),
                Set.of("nb"),
                null,
                Consent.NOTHING,
                null,
                0);
    }

    /** The actor's sector is their organisation's; without one they speak as a citizen. */
    public static Sector sectorOf(no.fellesgrunn.domain.organisation.Organisation organisationOrNull) {
        return organisationOrNull == null ? Sector.CITIZEN : organisationOrNull.sector();
    }

    /** The address an actor gets when the person behind it deletes their account. */
    public static Email leftEmail(UUID actorId) {
        return Email.of("left-" + actorId + "@" + LEFT_EMAIL_DOMAIN);
    }

    /** The address the retention job gives an anonymised person (JdbcPersonalDataRetention). */
    public static final String ANONYMISED_EMAIL_DOMAIN = "anonymised.invalid";

    private static boolean gone(Email email) {
        return email != null
                && (email.value().endsWith("@" + LEFT_EMAIL_DOMAIN)
                        || email.value().endsWith("@" + ANONYMISED_EMAIL_DOMAIN));
    }

    /** The person deleted their account: nobody may invite, register or sign in as them again. */
    public boolean hasLeft() {
        return email.value().endsWith("@" + LEFT_EMAIL_DOMAIN);
    }

    public List<String> themeKeys() {
        return themes.stream().map(ThemeInterest::themeKey).toList();
    }

    public Actor withVersion(int v) {
        return new Actor(
                id,
                name,
                email,
                phone,
                organisationId,
                roleTitle,
                homeMunicipality,
                themes,
                perspectives,
                languages,
                accessibilityNeeds,
                consent,
                userAccountId,
                v);
    }

    public Actor withUserAccount(UUID accountId) {
        return new Actor(
                id,
                name,
                email,
                phone,
                organisationId,
                roleTitle,
                homeMunicipality,
                themes,
                perspectives,
                languages,
                accessibilityNeeds,
                consent,
                accountId,
                version);
    }

    /** Keeps identity, version and user account; takes everything else from {@code other}. */
    public Actor withDetailsOf(Actor other) {
        return new Actor(
                id,
                other.name,
                other.email,
                other.phone,
                other.organisationId,
                other.roleTitle,
                other.homeMunicipality,
                other.themes,
                other.perspectives,
                other.languages,
                other.accessibilityNeeds,
                other.consent,
                userAccountId,
                version);
    }

    private static List<ThemeInterest> sortedThemes(List<ThemeInterest> themes, String name) {
        Set<String> keys = new HashSet<>();
        Set<Integer> priorities = new HashSet<>();
        for (ThemeInterest t : themes) {
            if (!keys.add(t.themeKey())) {
                throw new DomainException(
                        DomainError.THEME_LISTED_TWICE,
                        name + " lists theme '" + t.themeKey() + "' twice",
                        t.themeKey());
            }
            if (!priorities.add(t.priority())) {
                throw new DomainException(
                        DomainError.THEME_PRIORITY_TWICE,
                        name + " gives priority " + t.priority() + " to two themes",
                        t.priority());
            }
        }
        return themes.stream()
                .sorted(Comparator.comparingInt(ThemeInterest::priority))
                .toList();
    }

    private static Set<String> normalisedLanguages(Collection<String> languages, String name) {
        Set<String> result = new HashSet<>();
        for (String language : languages) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                throw new DomainException(
                        DomainError.LANGUAGE_INVALID,
                        "language '" + language + "' of " + name
                                + " must be a two- or three-letter code such as nb, nn, en, se",
                        language);
            }
            result.add(code);
        }
        return Set.copyOf(result);
    }
}
