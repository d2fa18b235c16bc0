package no.fellesgrunn.web.partners;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.web.participant.Cards;
import no.fellesgrunn.web.participant.ParticipantPage;
import no.fellesgrunn.web.participant.ProfileLines;
import no.fellesgrunn.web.participant.ThemeNames;

/**
 * Finding partners between events: search the people who agreed to be found by theme, sector and
 * municipality, see why each may share a common third with me, and invite them to a coffee chat,
 * which then follows the method as from a match.
 */
@Route("me/partners")
@RolesAllowed("PARTICIPANT")
public class PartnersView extends ParticipantPage {
    private final PartnerSearch search;
    private final ThemeNames themeNames;
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final Select<Sector> sector = new Select<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final Div results = new Div();

    public PartnersView(PartnerSearch search, ThemeNames themeNames, ReferenceDataRepository reference) {
        super("partners.title");
        this.search = search;
        this.themeNames = themeNames;
        add(new Paragraph(getTranslation("partners.intro")));
        theme.setLabel(getTranslation("partners.theme"));
        theme.setId("partners-theme");
        theme.setItems(reference.themes());
        theme.setItemLabelGenerator(t -> ThemeNames.name(t, getLocale()));
        theme.setClearButtonVisible(true);
        theme.setWidthFull();
        sector.setLabel(getTranslation("partners.sector"));
        sector.setId("partners-sector");
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("partners.any"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(
                s -> s == null ? getTranslation("partners.any") : getTranslation("seating.sector." + s.name()));
        municipality.setLabel(getTranslation("partners.municipality"));
        municipality.setId("partners-municipality");
        municipality.setItems(reference.municipalities().stream()
                .map(m -> m.name())
                .sorted()
                .distinct()
                .toList());
        municipality.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> show());
        sector.addValueChangeListener(e -> show());
        municipality.addValueChangeListener(e -> show());
        results.setId("partners-results");
        add(theme, sector, municipality, results);
        show();
    }

    private void show() {
        results.removeAll();
        List<PartnerSearch.Hit> hits = search.search(
                theme.getValue() == null ? null : theme.getValue().key(), sector.getValue(), municipality.getValue());
        Paragraph count = new Paragraph(getTranslation("partners.count", hits.size()));
        count.getElement().setAttribute("role", "status");
        count.setId("partners-count");
        results.add(count);
        for (PartnerSearch.Hit hit : hits) {
            Div card = Cards.card(new H2(hit.profile().name()), ProfileLines.of(hit.profile(), this));
            card.addClassName("partner");
            card.setId("partner-" + hit.profile().actorId());
            if (!hit.sharedThemes().isEmpty()) {
                card.add(new Paragraph(getTranslation(
                        "partners.why.themes",
                        String.join(
                                ", ",
                                hit.sharedThemes().stream()
                                        .map(k -> themeNames.name(k, getLocale()))
                                        .toList()))));
            }
            if (hit.sameMunicipality()) {
                card.add(new Paragraph(getTranslation(
                        "partners.why.municipality", hit.profile().municipality())));
            }
            if (hit.otherSector()) {
                card.add(new Paragraph(getTranslation(
                        "partners.why.sector",
                        getTranslation(
                                "seating.sector." + hit.profile().sector().name()))));
            }
            Anchor invite = new Anchor(
                    "me/chats/new?partner=" + hit.profile().actorId(),
                    getTranslation("partners.invite", hit.profile().name()));
            invite.addClassName("partner-invite");
            card.add(new Paragraph(invite));
            results.add(card);
        }
    }
}
