package no.fellesgrunn.web.security.oidc;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import no.fellesgrunn.domain.account.ExternalLogin;
import no.fellesgrunn.domain.account.ExternalLogin.LinkedBy;
import no.fellesgrunn.domain.account.ExternalLoginRepository;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.web.invitation.InvitationTarget;
import no.fellesgrunn.web.invitation.InvitationTokens;
import no.fellesgrunn.web.participant.ParticipantClock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account behind an OpenID Connect sign-in. Once linked, the provider's (issuer, subject)
 * alone leads to the account. The first time, the link is made only by
 * <ol>
 * <li>the invitation link the person came from (its token, kept in the session across the
 * provider's redirect), or else</li>
 * <li>an e-mail address the provider says it has verified ({@code email_verified} true): to the
 * account with that address, or to the registered person (actor) with that address, who then gets
 * a participant account.</li>
 * </ol>
 * Never by name, by an unverified address, or by any other guess: otherwise the sign-in is refused
 * with a reason ({@link OidcLinkException}) the sign-in page explains. The roles always come from the
 * account, never from the token.
 */
@Service
public class OidcAccountLinks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ExternalLoginRepository logins;
    private final UserAccountRepository accounts;
    private final ActorRepository actors;
    private final InvitationTokens invitations;
    private final PasswordEncoder passwords;
    private final ParticipantClock clock;

    public OidcAccountLinks(
            ExternalLoginRepository logins,
            UserAccountRepository accounts,
            ActorRepository actors,
            InvitationTokens invitations,
            PasswordEncoder passwords,
            ParticipantClock clock) {
        this.logins = logins;
        this.accounts = accounts;
        this.actors = actors;
        this.invitations = invitations;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * What the provider told us about the person, the invitation they came from (or null) and, for
     * someone wholly new, what they gave on the invitation page (or null).
     */
    public record SignIn(
            String issuer,
            String subject,
            String email,
            Boolean emailVerified,
            String invitationToken,
            NewPerson newPerson) {}

    @Transactional
    public UserAccount account(SignIn signIn) {
        Optional<UserAccount> linked =
                logins.accountFor(signIn.issuer(), signIn.subject()).flatMap(accounts::findById);
        if (linked.isPresent()) {
            return enabled(linked.get());
        }
        if (signIn.invitationToken() != null && !signIn.invitationToken().isBlank()) {
            return byInvitation(signIn);
        }
        if (signIn.email() == null || signIn.email().isBlank()) {
            throw new OidcLinkException(OidcLinkException.NOT_LINKED);
        }
        if (!Boolean.TRUE.equals(signIn.emailVerified())) {
            throw new OidcLinkException(OidcLinkException.UNVERIFIED_EMAIL);
        }
        Email email;
        try {
            email = Email.of(signIn.email());
        } catch (RuntimeException invalid) {
            throw new OidcLinkException(OidcLinkException.NOT_LINKED);
        }
        UserAccount account = accounts.findByUsername(email.value())
                .or(() -> actors.findByEmail(email)
                        .filter(actor -> !actor.hasLeft())
                        .map(this::accountFor))
                .orElseThrow(() -> new OidcLinkException(OidcLinkException.NOT_LINKED));
        return link(signIn, enabled(account), LinkedBy.VERIFIED_EMAIL);
    }

    private UserAccount byInvitation(SignIn signIn) {
        InvitationTarget target = invitations
                .resolve(signIn.invitationToken())
                .orElseThrow(() -> new OidcLinkException(OidcLinkException.INVITATION_INVALID));
        Email email = Email.of(target.email());
        Optional<UserAccount> existing = accounts.findByUsername(email.value());
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
        } else {
            Actor actor = Optional.ofNullable(target.actorId())
                    .flatMap(actors::findById)
                    .or(() -> actors.findByEmail(email))
                    // A person not yet in the directory gives name and home municipality on the invitation page first.
                    .or(() -> Optional.ofNullable(signIn.newPerson()).map(person -> newActor(person, email)))
                    .orElseThrow(() -> new OidcLinkException(OidcLinkException.INVITATION_NEEDS_PROFILE));
            account = accountFor(actor);
        }
        if (!invitations.markUsed(signIn.invitationToken())) {
            throw new OidcLinkException(OidcLinkException.INVITATION_INVALID);
        }
        return link(signIn, enabled(account), LinkedBy.INVITATION);
    }

    private Actor newActor(NewPerson person, Email email) {
        try {
            return actors.save(Actor.create(person.name(), email, person.homeMunicipality()), email.value());
        } catch (no.fellesgrunn.domain.common.DomainException invalid) {
            throw new OidcLinkException(OidcLinkException.INVITATION_NEEDS_PROFILE);
        }
    }

    /** The actor's account; made now (participant, with a random password nobody knows) if they have none. */
    private UserAccount accountFor(Actor actor) {
        if (actor.userAccountId() != null) {
            return accounts.findById(actor.userAccountId())
                    .orElseThrow(() -> new OidcLinkException(OidcLinkException.NOT_LINKED));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UserAccount account = UserAccount.create(
                actor.email().value(),
                actor.name(),
                passwords.encode(Base64.getEncoder().encodeToString(secret)),
                Set.of(Role.PARTICIPANT));
        accounts.add(account);
        actors.save(actor.withUserAccount(account.id()), account.username());
        return account;
    }

    private UserAccount link(SignIn signIn, UserAccount account, LinkedBy how) {
        logins.link(new ExternalLogin(signIn.issuer(), signIn.subject(), account.id(), clock.now(), how));
        return account;
    }

    private static UserAccount enabled(UserAccount account) {
        if (!account.enabled()) {
            throw new OidcLinkException(OidcLinkException.DISABLED);
        }
        return account;
    }
}
