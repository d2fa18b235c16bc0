package no.fellesgrunn.web.organiser.followup;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.fellesgrunn.web.i18n.Formats;

/** The follow-up board's lines as a landscape PDF for a municipal report: a title, then one table row per next step. */
public final class BoardPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final List<String> COLUMNS = List.of(
            "followup.column.challenge",
            "followup.column.municipality",
            "followup.column.where",
            "followup.column.step",
            "followup.column.owner",
            "followup.column.due",
            "followup.column.status");

    private BoardPdf() {}

    /**
     * @param label    translates a message key (no arguments) into the reader's language
     * @param where    the event, round and table of a line, in words
     */
    public static byte[] pdf(
            List<BoardRow> rows, Function<String, String> label, Function<BoardRow, String> where, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(label.apply("followup.title"), TITLE));
        document.add(new Paragraph(" ", TEXT));
        PdfPTable table = new PdfPTable(new float[] {3, 2, 3, 4, 2, 1.5f, 1.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : COLUMNS) {
            table.addCell(new Phrase(label.apply(column), HEAD));
        }
        for (BoardRow r : rows) {
            table.addCell(new Phrase(r.challenge() == null ? label.apply("outcome.openTable") : r.challenge(), TEXT));
            table.addCell(new Phrase(r.municipality() == null ? "" : r.municipality(), TEXT));
            table.addCell(new Phrase(where.apply(r), TEXT));
            table.addCell(new Phrase(r.hasStep() ? r.what() : label.apply("followup.nostep"), TEXT));
            table.addCell(new Phrase(r.owner() == null ? "" : r.owner(), TEXT));
            table.addCell(new Phrase(r.due() == null ? "" : Formats.date(r.due(), locale), TEXT));
            table.addCell(new Phrase(
                    r.status() == null
                            ? ""
                            : label.apply("outcome.status." + r.status().name())
                                    + (r.overdue() ? " (" + label.apply("outcome.step.overdue") + ")" : ""),
                    TEXT));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }
}
