package no.fellesgrunn.web.organiser.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * Draws a horizontal bar chart as SVG on the server: no chart library in the browser. Each bar
 * carries its number as text, so the chart does not rely on colour or length alone; the page also
 * gives the figures as a table for screen readers.
 */
final class BarChartSvg {
    static final String BAR_COLOUR = "#1f5fa8"; // 6.4:1 against white
    static final String TEXT_COLOUR = "#1a1a1a";
    private static final int WIDTH = 680;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 10;
    private static final int MAX_LABEL_CHARS = 34;

    private BarChartSvg() {}

    record Bar(String label, int value) {}

    /** @param accessibleName the chart's name for assistive technology (the caption) */
    static String render(String accessibleName, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * (BAR_HEIGHT + GAP) + GAP;
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        int room = WIDTH - LABEL_WIDTH - 60;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" "
                        + "role=\"img\" aria-label=\"%s\"><title>%s</title>",
                WIDTH,
                height,
                WIDTH,
                escape(accessibleName),
                escape(accessibleName)));
        int y = GAP;
        for (Bar bar : bars) {
            int length = max == 0 ? 0 : Math.round((float) bar.value() * room / max);
            String label = bar.label().length() > MAX_LABEL_CHARS
                    ? bar.label().substring(0, MAX_LABEL_CHARS - 1) + "…"
                    : bar.label();
            int baseline = y + BAR_HEIGHT - 6;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"14\" fill=\"%s\">%s</text>",
                    LABEL_WIDTH - 8,
                    baseline,
                    TEXT_COLOUR,
                    escape(label)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    LABEL_WIDTH,
                    y,
                    length,
                    BAR_HEIGHT,
                    BAR_COLOUR));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"600\" fill=\"%s\">%d</text>",
                    LABEL_WIDTH + length + 6,
                    baseline,
                    TEXT_COLOUR,
                    bar.value()));
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
