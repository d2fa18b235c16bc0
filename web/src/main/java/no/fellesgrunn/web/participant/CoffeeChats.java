package no.fellesgrunn.web.participant;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.coffeechat.ChatArrangement;
import no.fellesgrunn.domain.coffeechat.ChatArrangementRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChatStatus;
import no.fellesgrunn.domain.coffeechat.NextStep;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.plan.ActorPair;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.participant.JdbcChatDirectory;
import no.fellesgrunn.web.calendar.ParticipantCalendar;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.mail.ParticipantMails;
import org.springframework.stereotype.Service;

/**
 * The coffee chat (kaffeprat), following the method: invite a match (or someone in the directory)
 * about a common third with a short pitch, two or three times and a neutral place; the other
 * accepts a time or proposes others; afterwards a shared summary, next steps with a responsible
 * person and a due date, and both confirm they share the understanding. I only ever see and touch
 * chats I am one of the two people in.
 */
@Service
public class CoffeeChats {
    private final Me me;
    private final CoffeeChatRepository chats;
    private final ChatArrangementRepository arrangements;
    private final ActorRepository actors;
    private final VisibleProfiles profiles;
    private final MyMatches matches;
    private final MatchAnswerRepository answers;
    private final JdbcChatDirectory directory;
    private final RegistrationRepository registrations;
    private final RegionalEventRepository events;
    private final ChallengeRepository challenges;
    private final ParticipantMails mails;
    private final ParticipantCalendar calendar;
    private final ParticipantClock clock;

    public CoffeeChats(
            Me me,
            CoffeeChatRepository chats,
            ChatArrangementRepository arrangements,
            ActorRepository actors,
            VisibleProfiles profiles,
            MyMatches matches,
            MatchAnswerRepository answers,
            JdbcChatDirectory directory,
            RegistrationRepository registrations,
            RegionalEventRepository events,
            ChallengeRepository challenges,
            ParticipantMails mails,
            ParticipantCalendar calendar,
            ParticipantClock clock) {
        this.me = me;
        this.chats = chats;
        this.arrangements = arrangements;
        this.actors = actors;
        this.profiles = profiles;
        this.matches = matches;
        this.answers = answers;
        this.directory = directory;
        this.registrations = registrations;
        this.events = events;
        this.challenges = challenges;
        this.mails = mails;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** My matches that nobody declined, then the people in the directory. */
    @RolesAllowed("PARTICIPANT")
    public List<Invitee> invitable() {
        Actor actor = me.actor();
        Set<ActorPair> declined = answers.declinedPairs();
        Map<UUID, Invitee> result = new LinkedHashMap<>();
        for (MatchCard card : matches.mine()) {
            if (!card.declined()) {
                result.putIfAbsent(
                        card.other().actorId(), new Invitee(card.other(), card.matchId(), card.sharedThemes()));
            }
        }
        List<Actor> listed = actors.findByIds(directory.listed()).stream()
                .filter(a -> !a.id().equals(actor.id()) && !declined.contains(ActorPair.of(actor.id(), a.id())))
                .sorted(Comparator.comparing(Actor::name))
                .toList();
        for (Actor other : listed) {
            result.putIfAbsent(other.id(), new Invitee(profiles.of(other), null, List.of()));
        }
        return List.copyOf(result.values());
    }

    /** Challenges of the events I take part in: possible common thirds. */
    @RolesAllowed("PARTICIPANT")
    public List<Challenge> challenges() {
        Set<UUID> ids = new java.util.HashSet<>();
        for (Registration registration : registrations.findByActor(me.actor().id())) {
            events.findById(registration.eventId()).ifPresent(e -> e.challenges().stream()
                    .map(SelectedChallenge::challengeId)
                    .forEach(ids::add));
        }
        return challenges.findByIds(ids).stream()
                .sorted(Comparator.comparing(Challenge::title))
                .toList();
    }

    @RolesAllowed("PARTICIPANT")
    public ChatCard invite(ChatInvitation invitation) {
        Actor actor = me.actor();
        Invitee invitee = invitable().stream()
                .filter(i -> i.actorId().equals(invitation.partnerId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("person"));
        boolean theme = invitation.themeKey() != null && !invitation.themeKey().isBlank();
        boolean challenge = invitation.challengeId() != null;
        if (theme == challenge) {
            throw new AppRefusal(AppError.COMMON_THIRD_REQUIRED, "choose one common third: a theme or a challenge");
        }
        if (challenge && challenges().stream().noneMatch(c -> c.id().equals(invitation.challengeId()))) {
            throw new NotFoundException("challenge");
        }
        if (invitation.pitch() == null || invitation.pitch().isBlank()) {
            throw new AppRefusal(
                    AppError.PITCH_REQUIRED,
                    "write a short pitch: why exactly this person, and what you both could gain");
        }
        requireFuture(invitation.times());
        CoffeeChat chat = CoffeeChat.propose(
                invitee.matchId(),
                actor.id(),
                invitee.actorId(),
                theme ? invitation.themeKey() : null,
                invitation.pitch());
        ChatArrangement arrangement = ChatArrangement.propose(
                chat, actor.id(), invitation.times(), invitation.place(), invitation.challengeId());
        CoffeeChat saved = chats.save(chat, me.editedBy());
        arrangements.save(arrangement);
        Actor partner = actors.findById(invitee.actorId()).orElseThrow();
        mails.chatInvitation(partner.email().value(), actor.name(), invitation.pitch());
        return card(saved, actor);
    }

    @RolesAllowed("PARTICIPANT")
    public List<ChatCard> mine() {
        Actor actor = me.actor();
        return chats.findByActor(actor.id()).stream().map(c -> card(c, actor)).toList();
    }

    @RolesAllowed("PARTICIPANT")
    public ChatCard chat(UUID chatId) {
        Actor actor = me.actor();
        return card(mineOrNotFound(chatId, actor), actor);
    }

    /** I accept one of the times the other proposed: agreed, and both get a calendar file. */
    @RolesAllowed("PARTICIPANT")
    public ChatCard accept(UUID chatId, LocalDateTime time) {
        Actor actor = me.actor();
        CoffeeChat chat = mineOrNotFound(chatId, actor);
        ChatArrangement arrangement = arrangement(chat);
        CoffeeChat agreed = chats.save(arrangement.accept(chat, actor.id(), time), me.editedBy());
        for (UUID person : List.of(agreed.initiatorId(), agreed.partnerId())) {
            Actor to = actors.findById(person).orElseThrow();
            Actor other = actors.findById(
                            person.equals(agreed.initiatorId()) ? agreed.partnerId() : agreed.initiatorId())
                    .orElseThrow();
            mails.chatAgreed(
                    to.email().value(),
                    other.name(),
                    agreed.scheduledAt(),
                    agreed.meetingPlace(),
                    calendar.chatIcs(agreed, person, mails.languageOf(to.email().value())));
        }
        return card(agreed, actor);
    }

    /** None of the times suits me: I propose others (and perhaps another place). */
    @RolesAllowed("PARTICIPANT")
    public ChatCard proposeOtherTimes(UUID chatId, List<LocalDateTime> times, String place) {
        Actor actor = me.actor();
        CoffeeChat chat = mineOrNotFound(chatId, actor);
        requireFuture(times);
        ChatArrangement counter = arrangement(chat).counter(chat, actor.id(), times, place);
        arrangements.save(counter);
        Actor other = actors.findById(counter.answerer(chat)).orElseThrow();
        mails.chatOtherTimes(other.email().value(), actor.name());
        return card(chat, actor);
    }

    @RolesAllowed("PARTICIPANT")
    public ChatCard cancel(UUID chatId) {
        Actor actor = me.actor();
        return card(chats.save(mineOrNotFound(chatId, actor).cancel(), me.editedBy()), actor);
    }

    /** After the chat: the shared summary and the next steps. Both must then confirm it. */
    @RolesAllowed("PARTICIPANT")
    public ChatCard recordSummary(UUID chatId, String summary, List<StepDraft> steps) {
        Actor actor = me.actor();
        CoffeeChat chat = mineOrNotFound(chatId, actor);
        List<NextStep> nextSteps = steps.stream()
                .map(s -> NextStep.of(s.what(), s.responsibleActorId(), s.due()))
                .toList();
        CoffeeChat held = chats.save(chat.held(summary, nextSteps, clock.localNow()), me.editedBy());
        // Whoever writes it down confirms it by doing so; the other confirms on reading it.
        arrangements.save(arrangement(held).confirm(held, actor.id()));
        return card(held, actor);
    }

    /** Whether the agreed time of the chat has come, so its summary may be written (Oslo time, the application's clock). */
    public boolean meetingHasCome(ChatCard chat) {
        return chat.scheduledAt() == null || !clock.localNow().isBefore(chat.scheduledAt());
    }

    @RolesAllowed("PARTICIPANT")
    public ChatCard confirm(UUID chatId) {
        Actor actor = me.actor();
        CoffeeChat chat = mineOrNotFound(chatId, actor);
        arrangements.save(arrangement(chat).confirm(chat, actor.id()));
        return card(chat, actor);
    }

    @RolesAllowed("PARTICIPANT")
    public ChatCard markStepDone(UUID chatId, UUID stepId) {
        Actor actor = me.actor();
        CoffeeChat chat = mineOrNotFound(chatId, actor);
        if (chat.nextSteps().stream().noneMatch(s -> s.id().equals(stepId))) {
            throw new NotFoundException("next step");
        }
        return card(chats.save(chat.withNextStepDone(stepId), me.editedBy()), actor);
    }

    /** Open next steps of all my chats, soonest due first: they stay on my dashboard until done. */
    @RolesAllowed("PARTICIPANT")
    public List<StepCard> openSteps() {
        return openSteps(mine());
    }

    /** The open next steps of these chats of mine, the earliest due first. */
    public static List<StepCard> openSteps(List<ChatCard> mine) {
        return mine.stream()
                .flatMap(c -> c.steps().stream())
                .filter(s -> !s.done())
                .sorted(Comparator.comparing(StepCard::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The calendar file of an agreed chat of mine. */
    @RolesAllowed("PARTICIPANT")
    public byte[] ics(UUID chatId, java.util.Locale locale) {
        Actor actor = me.actor();
        CoffeeChat chat = mineOrNotFound(chatId, actor);
        if (chat.scheduledAt() == null) {
            throw new AppRefusal(AppError.CHAT_NO_AGREED_TIME, "the coffee chat has no agreed time yet");
        }
        return calendar.chatIcs(chat, actor.id(), locale);
    }

    private CoffeeChat mineOrNotFound(UUID chatId, Actor actor) {
        return chats.findById(chatId)
                .filter(c -> c.initiatorId().equals(actor.id()) || c.partnerId().equals(actor.id()))
                .orElseThrow(() -> new NotFoundException("coffee chat"));
    }

    private ChatArrangement arrangement(CoffeeChat chat) {
        return arrangements
                .findByChat(chat.id())
                .orElseThrow(() ->
                        new AppRefusal(AppError.CHAT_NO_PROPOSED_TIMES, "this coffee chat has no proposed times"));
    }

    private void requireFuture(List<LocalDateTime> times) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ParticipantClock.OSLO);
        for (LocalDateTime time : times) {
            if (time == null) {
                throw new AppRefusal(AppError.PROPOSED_TIME_EMPTY, "fill in every proposed time, or remove it");
            }
            if (!time.isAfter(now)) {
                throw new AppRefusal(
                        AppError.PROPOSED_TIME_PASSED, "the proposed time " + time + " has already passed", time);
            }
        }
    }

    private ChatCard card(CoffeeChat chat, Actor actor) {
        boolean iInvited = chat.initiatorId().equals(actor.id());
        Actor other = actors.findById(iInvited ? chat.partnerId() : chat.initiatorId())
                .orElseThrow();
        ChatArrangement arrangement = arrangements.findByChat(chat.id()).orElse(null);
        String challengeTitle = arrangement == null || arrangement.challengeId() == null
                ? null
                : challenges
                        .findById(arrangement.challengeId())
                        .map(Challenge::title)
                        .orElse(null);
        List<StepCard> steps = new ArrayList<>();
        for (NextStep step : chat.nextSteps()) {
            boolean mine = step.responsibleActorId().equals(actor.id());
            boolean overdue = !step.done() && step.due() != null && step.due().isBefore(clock.today());
            steps.add(new StepCard(
                    chat.id(),
                    step.id(),
                    step.what(),
                    mine ? actor.name() : other.name(),
                    mine,
                    step.due(),
                    step.done(),
                    overdue,
                    other.name()));
        }
        boolean myTurn = chat.status() == CoffeeChatStatus.PROPOSED
                && arrangement != null
                && Objects.equals(arrangement.answerer(chat), actor.id());
        return new ChatCard(
                chat.id(),
                profiles.of(other),
                iInvited,
                chat.status(),
                chat.commonThird(),
                challengeTitle,
                chat.pitch(),
                arrangement == null ? List.of() : arrangement.proposedTimes(),
                arrangement == null ? null : arrangement.proposedPlace(),
                myTurn,
                chat.scheduledAt(),
                chat.meetingPlace(),
                chat.summary(),
                steps,
                arrangement != null && arrangement.confirmedBy().contains(actor.id()),
                arrangement != null && arrangement.sharedUnderstanding(chat));
    }
}
