package no.fellesgrunn.web.security.oidc;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * An OpenID Connect sign-in that leads to no account. The code goes to the sign-in page
 * ({@code /login?oidc=<code>}), which explains it in the reader's language.
 */
public class OidcLinkException extends OAuth2AuthenticationException {
    /** No account, invitation or registration matches what the provider told us. */
    public static final String NOT_LINKED = "not-linked";
    /** The provider gave an e-mail address but has not verified it. */
    public static final String UNVERIFIED_EMAIL = "unverified-email";
    /** The invitation link has been used, has expired or does not exist. */
    public static final String INVITATION_INVALID = "invitation-invalid";
    /** The invitation is for someone not yet known: name and municipality first, on the invitation page. */
    public static final String INVITATION_NEEDS_PROFILE = "invitation-needs-profile";
    /** The account is switched off. */
    public static final String DISABLED = "disabled";
    /** The provider signed the person in at a lower assurance level than required. */
    public static final String ASSURANCE = "assurance";
    /** Any other failure: a token that does not verify, a wrong issuer, a refused request. */
    public static final String FAILED = "failed";

    public OidcLinkException(String code) {
        super(new OAuth2Error(code), code);
    }

    public String code() {
        return getError().getErrorCode();
    }
}
