package no.fellesgrunn.web.i18n;

import com.vaadin.flow.component.Component;
import no.fellesgrunn.domain.common.DomainException;

/**
 * The one place a refused rule becomes words: a {@link DomainException} (a domain rule, an
 * {@link AppRefusal} or a {@link no.fellesgrunn.web.security.WeakPasswordException}) carries a
 * message code with arguments, translated here in the reader's language. Its English message is
 * for logs only and never shown.
 */
public final class DomainMessages {
    private DomainMessages() {}

    /** Statuses are named in the UI's words: the key prefix of each status type. */
    private static final java.util.Map<Class<?>, String> STATUS_KEYS = java.util.Map.of(
            no.fellesgrunn.domain.event.EventStatus.class, "events.status.",
            no.fellesgrunn.domain.challenge.ChallengeStatus.class, "challenges.status.",
            no.fellesgrunn.domain.registration.RegistrationStatus.class, "participants.regstatus.",
            no.fellesgrunn.domain.coffeechat.CoffeeChatStatus.class, "participant.chat.status.");

    /** The refusal in the language of the component's UI. */
    public static String text(Component in, DomainException refused) {
        return sentence(in.getTranslation(refused.code(), arguments(refused.args(), in::getTranslation)), refused);
    }

    /** A code's arguments for the bundles: statuses in the UI's words, other constants by name, the rest as they are. */
    public static Object[] arguments(
            java.util.List<Object> args, java.util.function.BiFunction<String, Object[], String> translate) {
        return args.stream()
                .map(arg -> arg instanceof Enum<?> status && STATUS_KEYS.containsKey(status.getDeclaringClass())
                        ? translate.apply(STATUS_KEYS.get(status.getDeclaringClass()) + status.name(), new Object[0])
                        : arg instanceof Enum<?> other ? other.name() : arg)
                .toArray();
    }

    /** The refusal in the given language (for mails, files and tests outside a UI). */
    public static String text(
            com.vaadin.flow.i18n.I18NProvider provider, java.util.Locale locale, DomainException refused) {
        return sentence(
                provider.getTranslation(
                        refused.code(),
                        locale,
                        arguments(refused.args(), (key, args) -> provider.getTranslation(key, locale, args))),
                refused);
    }

    /**
     * The bundle texts start in lower case so they can follow a colon; shown alone they start with
     * a capital, unless they start with an argument (a name is shown as it is written).
     */
    private static String sentence(String text, DomainException refused) {
        boolean startsWithName = !refused.args().isEmpty()
                && refused.args().get(0) instanceof String name
                && !name.isEmpty()
                && text.startsWith(name);
        return text.isEmpty() || startsWithName || !Character.isLowerCase(text.charAt(0))
                ? text
                : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /**
     * A failure's words: the refusal's when it is one (also when wrapped, e.g. by a
     * CompletableFuture), else the given fallback key with the failure's class name.
     */
    public static String text(Component in, Throwable failure, String fallbackKey) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException refused) {
                return text(in, refused);
            }
        }
        return in.getTranslation(fallbackKey, failure.getClass().getSimpleName());
    }
}
