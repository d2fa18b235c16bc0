package no.fellesgrunn.web.participant;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import no.fellesgrunn.web.calendar.ParticipantCalendar;
import org.springframework.stereotype.Service;

/** My schedule: for every round of every event I take part in, where I sit, with whom, and what changed. */
@Service
public class MySchedule {
    private final Me me;
    private final ScheduleReader reader;
    private final ParticipantCalendar calendar;

    public MySchedule(Me me, ScheduleReader reader, ParticipantCalendar calendar) {
        this.me = me;
        this.reader = reader;
        this.calendar = calendar;
    }

    @RolesAllowed("PARTICIPANT")
    public List<EventSchedule> mine() {
        return reader.schedulesOf(me.actor().id());
    }

    /** My name, for the printed schedule. */
    @RolesAllowed("PARTICIPANT")
    public String whose() {
        return me.actor().name();
    }

    /** My rounds and agreed coffee chats as one iCalendar file. */
    @RolesAllowed("PARTICIPANT")
    public byte[] ics(Locale locale) {
        return calendar.icsFor(me.actor().id(), locale);
    }
}
