package no.fellesgrunn.web.organiser.outputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import no.fellesgrunn.infra.spreadsheet.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan as a table for spreadsheets: one row per person per round, with round, times, room,
 * table, challenge, person, organisation, sector and whether the seat is pinned. CSV (UTF-8 with
 * a byte order mark, so Excel reads æøå) and .xlsx.
 */
public final class PlanSpreadsheet {
    /** Header keys, in column order. */
    static final List<String> COLUMNS = List.of(
            "outputs.column.round",
            "outputs.column.start",
            "outputs.column.end",
            "outputs.column.room",
            "outputs.column.table",
            "outputs.column.challenge",
            "outputs.column.person",
            "outputs.column.organisation",
            "outputs.column.sector",
            "outputs.column.pinned");

    private PlanSpreadsheet() {}

    public static byte[] csv(PrintablePlan plan, Function<String, String> label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            writer.write('\ufeff');
            printer.printRecord(COLUMNS.stream().map(label).toList());
            for (PrintablePlan.Line line : plan.lines()) {
                printer.printRecord(CsvCells.neutralise(values(line, label)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(PrintablePlan plan, Function<String, String> label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(label.apply("outputs.sheet"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(label.apply(COLUMNS.get(c)));
            }
            int r = 1;
            for (PrintablePlan.Line line : plan.lines()) {
                Row row = sheet.createRow(r++);
                List<String> values = values(line, label);
                row.createCell(0).setCellValue(line.round().number());
                for (int c = 1; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
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

    private static List<String> values(PrintablePlan.Line line, Function<String, String> label) {
        return List.of(
                String.valueOf(line.round().number()),
                line.round().start().toLocalTime().toString(),
                line.round().end().toLocalTime().toString(),
                line.room().name(),
                line.table().label(),
                line.challenge() == null ? "" : line.challenge(),
                line.person(),
                line.organisation() == null ? "" : line.organisation(),
                line.sector() == null ? "" : line.sector(),
                label.apply(line.pinned() ? "outputs.yes" : "outputs.no"));
    }
}
