package no.fellesgrunn.web.invitation;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.mail.ParticipantMails;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.participant.NotFoundException;
import no.fellesgrunn.web.security.CurrentUser;
import no.fellesgrunn.web.security.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Invitation links: an organiser (or the administrator) invites a person by e-mail; the link lets
 * them create their login and profile. The token is the only key, works once and expires.
 */
@Service
public class Invitations {
    /** Long enough to resist guessing without rules people cannot remember (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final InvitationTokens tokens;
    private final UserAccountRepository accounts;
    private final ActorRepository actors;
    private final RegionalEventRepository events;
    private final PasswordEncoder passwordEncoder;
    private final ParticipantMails mails;
    private final OrganiserEvents organiserEvents;
    private final CurrentUser currentUser;
    private final PasswordPolicy passwordPolicy;

    public Invitations(
            InvitationTokens tokens,
            UserAccountRepository accounts,
            ActorRepository actors,
            RegionalEventRepository events,
            PasswordEncoder passwordEncoder,
            ParticipantMails mails,
            OrganiserEvents organiserEvents,
            CurrentUser currentUser,
            PasswordPolicy passwordPolicy) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.actors = actors;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.mails = mails;
        this.organiserEvents = organiserEvents;
        this.currentUser = currentUser;
        this.passwordPolicy = passwordPolicy;
    }

    /** Sends an invitation to the address; returns the token (the link is in the mail). */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    public String invite(UUID eventId, String email) {
        RegionalEvent event = currentUser.hasRole(Role.ADMIN)
                ? events.findById(eventId).orElseThrow(() -> new NotFoundException("event"))
                : organiserEvents.open(eventId);
        Email address = Email.of(email);
        UUID actorId = actors.findByEmail(address).map(Actor::id).orElse(null);
        String token = tokens.create(new InvitationTarget(event.id(), actorId, address.value()));
        mails.invitation(address.value(), event.name(), token);
        return token;
    }

    /** Open to anyone holding the link. */
    public Optional<InvitationDetails> open(String token) {
        return tokens.resolve(token)
                .map(target -> new InvitationDetails(
                        target.email(),
                        target.eventId() == null
                                ? null
                                : events.findById(target.eventId())
                                        .map(RegionalEvent::name)
                                        .orElse(null),
                        accounts.findByUsername(target.email()).isPresent(),
                        target.actorId() != null
                                || actors.findByEmail(Email.of(target.email())).isPresent()));
    }

    /**
     * Creates the login (username = the invited address) and links it to the person's actor, made
     * now if they are new. The person then signs in and completes profile and registration.
     */
    public UserAccount createAccount(String token, String name, String password, String homeMunicipality) {
        InvitationTarget target = tokens.resolve(token).orElseThrow(() -> new NotFoundException("invitation"));
        if (accounts.findByUsername(target.email()).isPresent()) {
            throw new AppRefusal(
                    AppError.LOGIN_EXISTS_FOR,
                    "there is already a login for " + target.email() + "; sign in instead",
                    target.email());
        }
        passwordPolicy.check(password, target.email());
        Email email = Email.of(target.email());
        Optional<Actor> known =
                target.actorId() != null ? actors.findById(target.actorId()) : actors.findByEmail(email);
        if (known.isPresent() && known.get().userAccountId() != null) {
            throw new AppRefusal(AppError.LOGIN_EXISTS, "this person already has a login; sign in instead");
        }
        Actor actor = known.orElseGet(() -> Actor.create(name, email, homeMunicipality));
        if (!tokens.markUsed(token)) {
            throw new NotFoundException("invitation");
        }
        UserAccount account = UserAccount.create(
                email.value(), actor.name(), passwordEncoder.encode(password), Set.of(Role.PARTICIPANT));
        accounts.add(account);
        actors.save(actor.withUserAccount(account.id()), email.value());
        return account;
    }
}
