package no.fellesgrunn.web.security.oidc;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for OpenID Connect sign-in beyond Spring's own client registrations
 * ({@code spring.security.oauth2.client.registration.<id>.*}), each keyed by the registration id.
 *
 * @param acrValues the assurance level to ask for, e.g. {@code idporten=idporten-loa-substantial}
 *                  (space-separated if several); the returned token's {@code acr} must then be one of
 *                  them, or {@code idporten-loa-high} when substantial was asked for
 * @param uiLocales whether to send {@code ui_locales} with the reader's language (nb, nn or en)
 */
@ConfigurationProperties("fellesgrunn.oidc")
public record OidcSettings(Map<String, String> acrValues, Boolean uiLocales) {
    static final String SUBSTANTIAL = "idporten-loa-substantial";
    static final String HIGH = "idporten-loa-high";

    public OidcSettings {
        acrValues = acrValues == null ? Map.of() : Map.copyOf(acrValues);
        uiLocales = uiLocales == null || uiLocales;
    }

    /** The acr_values to ask for, or null. */
    String acrValues(String registrationId) {
        String values = acrValues.get(registrationId);
        return values == null || values.isBlank() ? null : values.strip();
    }

    /** The acr values a token may carry; empty: any. */
    Set<String> acceptedAcr(String registrationId) {
        String values = acrValues(registrationId);
        if (values == null) {
            return Set.of();
        }
        Set<String> accepted = new LinkedHashSet<>(Arrays.asList(values.split("\\s+")));
        if (accepted.contains(SUBSTANTIAL)) {
            accepted.add(HIGH);
        }
        return accepted;
    }
}
