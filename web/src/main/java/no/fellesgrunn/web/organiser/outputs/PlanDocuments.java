package no.fellesgrunn.web.organiser.outputs;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;

/**
 * The plan on paper, for the day itself (bad Wi-Fi, flat phones): a table card per table and
 * round to put on the table, and one page per participant with their own schedule. Helvetica's
 * WinAnsi encoding covers Norwegian letters (æøå), so no font file is needed.
 */
public final class PlanDocuments {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Font TITLE = new Font(Font.HELVETICA, 28, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 13);
    private static final Font SMALL = new Font(Font.HELVETICA, 10);

    private PlanDocuments() {}

    /**
     * One landscape page per table per round that seats someone: table, room, round and time, the
     * challenge and who sits there.
     *
     * @param label translations of {@code outputs.pdf.*} keys
     */
    public static byte[] tableCards(PrintablePlan plan, Function<String, String> label) {
        Map<String, List<PrintablePlan.Line>> byTableRound = new LinkedHashMap<>();
        for (PrintablePlan.Line line : plan.lines()) {
            byTableRound
                    .computeIfAbsent(line.round().id() + "/" + line.table().id(), k -> new ArrayList<>())
                    .add(line);
        }
        return pdf(PageSize.A4.rotate(), document -> {
            boolean first = true;
            for (List<PrintablePlan.Line> lines : byTableRound.values()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                PrintablePlan.Line any = lines.get(0);
                document.add(new Paragraph(
                        label.apply("outputs.pdf.table") + " " + any.table().label(), TITLE));
                document.add(new Paragraph(any.room().name() + " · " + roundText(any.round(), label), HEADING));
                document.add(new Paragraph(
                        any.challenge() == null
                                ? label.apply("outputs.pdf.openTable")
                                : label.apply("outputs.pdf.challenge") + ": " + any.challenge(),
                        HEADING));
                document.add(new Paragraph(" ", TEXT));
                for (PrintablePlan.Line line : lines) {
                    document.add(new Paragraph(
                            line.person() + (line.organisation() == null ? "" : " (" + line.organisation() + ")"),
                            TEXT));
                }
                footer(document, plan, label);
            }
            if (byTableRound.isEmpty()) {
                document.add(new Paragraph(label.apply("outputs.pdf.empty"), TEXT));
            }
        });
    }

    /** One page per participant: where they sit in each round, in time order. */
    public static byte[] personalSchedules(PrintablePlan plan, Function<String, String> label) {
        Map<UUID, List<PrintablePlan.Line>> byPerson = new LinkedHashMap<>();
        plan.lines().stream()
                .sorted(java.util.Comparator.comparing(PrintablePlan.Line::person)
                        .thenComparing(l -> l.round().number()))
                .forEach(line -> byPerson.computeIfAbsent(line.actorId(), k -> new ArrayList<>())
                        .add(line));
        return pdf(PageSize.A4, document -> {
            boolean first = true;
            for (List<PrintablePlan.Line> lines : byPerson.values()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                document.add(new Paragraph(lines.get(0).person(), TITLE));
                document.add(new Paragraph(
                        plan.event().name() + " · " + plan.event().date() + " · "
                                + plan.event().venue().name(),
                        HEADING));
                document.add(new Paragraph(" ", TEXT));
                PdfPTable table = new PdfPTable(new float[] {2, 2, 1.2f, 4});
                table.setWidthPercentage(100);
                for (String key : List.of(
                        "outputs.pdf.round", "outputs.pdf.room", "outputs.pdf.table", "outputs.pdf.challenge")) {
                    table.addCell(new com.lowagie.text.Phrase(label.apply(key), HEADING));
                }
                for (PrintablePlan.Line line : lines) {
                    table.addCell(new com.lowagie.text.Phrase(roundText(line.round(), label), TEXT));
                    table.addCell(new com.lowagie.text.Phrase(line.room().name(), TEXT));
                    table.addCell(new com.lowagie.text.Phrase(tableText(line.table()), TEXT));
                    table.addCell(new com.lowagie.text.Phrase(
                            line.challenge() == null ? label.apply("outputs.pdf.openTable") : line.challenge(), TEXT));
                }
                document.add(table);
                footer(document, plan, label);
            }
            if (byPerson.isEmpty()) {
                document.add(new Paragraph(label.apply("outputs.pdf.empty"), TEXT));
            }
        });
    }

    private static String roundText(Round round, Function<String, String> label) {
        return label.apply("outputs.pdf.round") + " " + round.number() + " "
                + round.start().toLocalTime().format(TIME) + "–"
                + round.end().toLocalTime().format(TIME);
    }

    private static String tableText(RoundTable table) {
        return table.label();
    }

    private static void footer(Document document, PrintablePlan plan, Function<String, String> label) {
        document.add(new Paragraph(" ", SMALL));
        document.add(new Paragraph(
                label.apply(plan.isDraft() ? "outputs.pdf.draft" : "outputs.pdf.published") + " "
                        + plan.plan().number(),
                SMALL));
    }

    private interface Content {
        void write(Document document) throws Exception;
    }

    private static byte[] pdf(com.lowagie.text.Rectangle size, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(size, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            content.write(document);
            document.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
