package no.fellesgrunn.web.organiser.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The follow-up board's lines as an .xlsx sheet for a municipal report: one row per next step, dates as dates. */
public final class BoardSpreadsheet {
    static final List<String> COLUMNS = List.of(
            "followup.column.challenge",
            "followup.column.municipality",
            "followup.column.county",
            "followup.column.event",
            "followup.column.date",
            "followup.column.round",
            "followup.column.table",
            "followup.column.confirmed",
            "followup.column.step",
            "followup.column.owner",
            "followup.column.due",
            "followup.column.status",
            "followup.column.overdue");

    private BoardSpreadsheet() {}

    /** @param label translates a message key (with no arguments) into the reader's language */
    public static byte[] xlsx(List<BoardRow> rows, Function<String, String> label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(label.apply("followup.sheet"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(label.apply(COLUMNS.get(c)));
            }
            int r = 1;
            for (BoardRow row : rows) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.challenge());
                text(line, 1, row.municipality());
                text(line, 2, row.county());
                text(line, 3, row.event());
                line.createCell(4).setCellValue(row.eventDate());
                line.getCell(4).setCellStyle(date);
                line.createCell(5).setCellValue(row.round());
                text(line, 6, row.table());
                text(line, 7, label.apply(row.confirmed() ? "followup.yes" : "followup.no"));
                text(line, 8, row.what());
                text(line, 9, row.owner());
                if (row.due() != null) {
                    line.createCell(10).setCellValue(row.due());
                    line.getCell(10).setCellStyle(date);
                }
                text(
                        line,
                        11,
                        row.status() == null
                                ? null
                                : label.apply("outcome.status." + row.status().name()));
                text(line, 12, row.hasStep() ? label.apply(row.overdue() ? "followup.yes" : "followup.no") : null);
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text cells; a leading =, +, - or @ is kept as text by POI's string cells, so no formula can be injected. */
    private static void text(Row line, int column, String value) {
        if (value != null) {
            line.createCell(column).setCellValue(value);
        }
    }
}
