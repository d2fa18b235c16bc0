package no.fellesgrunn.web.security.oidc;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured for this installation (none by default), for the
 * sign-in and invitation pages: each gets a button leading to {@link Provider#signInPath()}.
 */
@Component
public class OidcProviders {
    private final List<Provider> providers;

    public OidcProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())
                        && registration.getScopes().contains("openid")) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    /**
     * @param name what the button calls it: the registration's {@code client-name} (e.g. "ID-porten"),
     *             which defaults to the registration id
     */
    public record Provider(String registrationId, String name) {
        public String signInPath() {
            return "oauth2/authorization/" + registrationId;
        }

        /** From the invitation page, which has put the invitation into the session first. */
        public String signInPathFromInvitation() {
            return signInPath() + "?" + OidcAuthorizationRequests.FROM_INVITATION;
        }
    }

    public List<Provider> all() {
        return providers;
    }
}
