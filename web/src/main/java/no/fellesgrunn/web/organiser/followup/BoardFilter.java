package no.fellesgrunn.web.organiser.followup;

import java.util.List;
import java.util.function.Predicate;
import no.fellesgrunn.domain.outcome.StepStatus;

/**
 * The board's filters; null means any. A status filter keeps only lines with a next step in that
 * status; {@code overdueOnly} only open steps past their due date.
 */
public record BoardFilter(
        String municipalityNumber, String countyCode, String theme, StepStatus status, boolean overdueOnly) {
    public static final BoardFilter ALL = new BoardFilter(null, null, null, null, false);

    public boolean test(BoardRow row) {
        return (municipalityNumber == null || municipalityNumber.equals(row.municipalityNumber()))
                && (countyCode == null || countyCode.equals(row.countyCode()))
                && (theme == null || row.themes().contains(theme))
                && (status == null || status == row.status())
                && (!overdueOnly || row.overdue());
    }

    public List<BoardRow> apply(List<BoardRow> rows) {
        Predicate<BoardRow> keep = this::test;
        return rows.stream().filter(keep).toList();
    }
}
