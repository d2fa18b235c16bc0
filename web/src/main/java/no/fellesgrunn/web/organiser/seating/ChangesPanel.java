package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.web.solver.SchedulingJobs;

/**
 * Changes on the day, sent to a running scheduler as problem changes (or saved for the next run):
 * a cancellation, changed availability, someone known to the event arriving unannounced, and the
 * button that opens the form for a brand-new walk-in. What each change does is the page's.
 */
class ChangesPanel extends Div {
    /** What the panel asks the page to do; each returns whether a running scheduler took it live. */
    interface Changes {
        boolean cancelled(UUID actorId);

        boolean availabilityChanged(UUID actorId, Set<UUID> rounds);

        boolean arrived(UUID actorId);

        /** The changes as the scheduling jobs of an event take them. */
        static Changes of(SchedulingJobs jobs, UUID eventId) {
            return new Changes() {
                @Override
                public boolean cancelled(UUID actorId) {
                    return jobs.participantCancelled(eventId, actorId);
                }

                @Override
                public boolean availabilityChanged(UUID actorId, Set<UUID> rounds) {
                    return jobs.availabilityChanged(eventId, actorId, rounds);
                }

                @Override
                public boolean arrived(UUID actorId) {
                    return jobs.participantArrived(eventId, actorId);
                }
            };
        }
    }

    /**
     * @param notTakingPart people registered for the event who do not take part now
     * @param change        runs one change and shows its outcome
     * @param openWalkIn    opens the walk-in form, given the button to return the focus to
     */
    ChangesPanel(
            SeatingBoard board,
            List<SeatingBoard.Person> notTakingPart,
            Function<Round, String> roundLabel,
            Changes changes,
            Consumer<BooleanSupplier> change,
            Consumer<Button> openWalkIn) {
        ComboBox<SeatingBoard.Person> person = new ComboBox<>(getTranslation("seating.change.person"));
        person.setId("change-person");
        person.setItems(board.people().values().stream()
                .filter(p -> p.sector() != null)
                .sorted(Comparator.comparing(SeatingBoard.Person::name))
                .toList());
        person.setItemLabelGenerator(SeatingBoard.Person::name);
        CheckboxGroup<Round> available = new CheckboxGroup<>(getTranslation("seating.change.rounds"));
        available.setId("change-rounds");
        available.setItems(board.event().rounds());
        available.setItemLabelGenerator(roundLabel::apply);
        person.addValueChangeListener(selected -> {
            Set<Round> rounds = new HashSet<>();
            if (selected.getValue() != null) {
                board.event().rounds().stream()
                        .filter(r -> selected.getValue().availableRounds().contains(r.id()))
                        .forEach(rounds::add);
            }
            available.setValue(rounds);
        });
        // Who the change is about is required; what the change does is the scheduler's and the registration's.
        Binder<SeatingBoard.Person[]> who = new Binder<>();
        who.forField(person)
                .asRequired(getTranslation("seating.change.required"))
                .bind(p -> p[0], (p, v) -> p[0] = v);
        Binder<SeatingBoard.Person[]> arriving = new Binder<>();
        Button cancelled = new Button(getTranslation("seating.change.cancelled"), click -> {
            SeatingBoard.Person[] chosen = new SeatingBoard.Person[1];
            if (who.writeBeanIfValid(chosen)) {
                change.accept(() -> changes.cancelled(chosen[0].actorId()));
            }
        });
        cancelled.setId("change-cancelled");
        Button saveAvailability = new Button(getTranslation("seating.change.availability"), click -> {
            SeatingBoard.Person[] chosen = new SeatingBoard.Person[1];
            if (who.writeBeanIfValid(chosen)) {
                Set<UUID> ids = new HashSet<>();
                available.getValue().forEach(r -> ids.add(r.id()));
                change.accept(() -> changes.availabilityChanged(chosen[0].actorId(), ids));
            }
        });
        saveAvailability.setId("change-availability");
        ComboBox<SeatingBoard.Person> newcomer = new ComboBox<>(getTranslation("seating.change.arrivedPerson"));
        newcomer.setId("change-newcomer");
        newcomer.setItems(notTakingPart);
        newcomer.setItemLabelGenerator(SeatingBoard.Person::name);
        arriving.forField(newcomer)
                .asRequired(getTranslation("seating.change.required"))
                .bind(p -> p[0], (p, v) -> p[0] = v);
        Button arrived = new Button(getTranslation("seating.change.arrived"), click -> {
            SeatingBoard.Person[] chosen = new SeatingBoard.Person[1];
            if (arriving.writeBeanIfValid(chosen)) {
                change.accept(() -> changes.arrived(chosen[0].actorId()));
            }
        });
        arrived.setId("change-arrived");
        HorizontalLayout personRow = new HorizontalLayout(person, cancelled);
        personRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button newPerson = new Button(getTranslation("seating.walkIn.open"));
        newPerson.setId("walk-in-open");
        newPerson.addClickListener(click -> openWalkIn.accept(newPerson));
        HorizontalLayout arrivalRow = new HorizontalLayout(newcomer, arrived, newPerson);
        arrivalRow.setWrap(true);
        arrivalRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(personRow, available, saveAvailability, arrivalRow);
    }
}
