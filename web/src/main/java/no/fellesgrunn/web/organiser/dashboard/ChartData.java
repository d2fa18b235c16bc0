package no.fellesgrunn.web.organiser.dashboard;

import java.util.List;

/**
 * The figures behind one dashboard chart, drawn as bars and also given as a table.
 *
 * @param id   stable id for the page's elements (sector-mix, ...)
 * @param bars in display order
 */
public record ChartData(String id, List<Bar> bars) {
    /**
     * One bar.
     *
     * @param labelKey translation key of the label, or null when {@code label} is a name (a challenge)
     */
    public record Bar(String labelKey, String label, int value) {}

    public int total() {
        return bars.stream().mapToInt(Bar::value).sum();
    }

    public int max() {
        return bars.stream().mapToInt(Bar::value).max().orElse(0);
    }
}
