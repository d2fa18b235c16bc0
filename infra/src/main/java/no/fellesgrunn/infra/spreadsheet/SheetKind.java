package no.fellesgrunn.infra.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of file: actors with their registration for an event, and challenges. */
public enum SheetKind {
    ACTORS(List.of(
            new Column("name", true, 200, "Full name (required)"),
            new Column("email", true, 254, "E-mail address (required, unique: how the actor is recognised again)"),
            new Column("phone", false, 30, "Phone number, digits and spaces, may start with +"),
            new Column("organisation", false, 200, "Organisation name; empty for a citizen speaking for themselves"),
            new Column(
                    "organisation_number", false, 11, "Norwegian organisation number, 9 digits (check digit verified)"),
            new Column(
                    "sector",
                    false,
                    40,
                    "MUNICIPALITY, COUNTY, STATE, BUSINESS, VOLUNTARY, SOCIAL_ENTREPRENEUR, RESEARCH; CITIZEN or empty without organisation"),
            new Column("role", false, 200, "Role or title"),
            new Column("municipality", true, 100, "Home municipality: number (1804) or unique name (Bodø) (required)"),
            new Column(
                    "themes", false, 1000, "Theme keys or names separated by |, most important first (ensomhet|eldre)"),
            new Column("perspectives", false, 200, "DRIVER, CREATIVE, LIVED_EXPERIENCE, DECISION_MAKER separated by |"),
            new Column("languages", false, 100, "Language codes separated by | (nb|en|se)"),
            new Column("accessibility_needs", false, 1000, "Free text"),
            new Column("show_email", false, 10, "yes/no: other participants may see the e-mail"),
            new Column("show_phone", false, 10, "yes/no: other participants may see the phone"),
            new Column("show_organisation", false, 10, "yes/no: other participants may see the organisation"),
            new Column("rounds", false, 100, "Event import only: round numbers available, separated by | (empty: all)"),
            new Column(
                    "wishes",
                    false,
                    2000,
                    "Event import only: titles of the event's challenges, most wanted first, separated by |"),
            new Column("needs_accessible_table", false, 10, "Event import only: yes/no"),
            new Column("status", false, 20, "Event import only: INVITED, REGISTERED (default), CANCELLED, ATTENDED"))),
    CHALLENGES(List.of(
            new Column("title", true, 200, "Title (required; with the owner it identifies the challenge)"),
            new Column("description", false, 4000, "Description"),
            new Column("owner_municipality", true, 100, "Owner municipality: number or unique name (required)"),
            new Column("host_email", false, 254, "E-mail of the host actor (must exist; for an event, be registered)"),
            new Column("themes", false, 1000, "Theme keys or names separated by |"),
            new Column(
                    "needed_perspectives",
                    false,
                    200,
                    "DRIVER, CREATIVE, LIVED_EXPERIENCE, DECISION_MAKER separated by |"),
            new Column(
                    "status", false, 20, "DRAFT, SUBMITTED (default), SELECTED, IN_PROGRESS, FOLLOWED_UP, WITHDRAWN"),
            new Column("min_rounds", false, 3, "Event import only: least rounds it runs (default 1)"),
            new Column("max_rounds", false, 3, "Event import only: most rounds it runs (default: all rounds)")));

    private final List<Column> columns;

    SheetKind(List<Column> columns) {
        this.columns = columns;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    public Optional<Column> column(String header) {
        String wanted = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().equals(wanted)).findFirst();
    }
}
