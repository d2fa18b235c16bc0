package no.fellesgrunn.infra.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a header and rows of text as CSV (UTF-8 with BOM, ';') or .xlsx (all cells text). */
final class SheetWriter {
    private SheetWriter() {}

    static byte[] write(SpreadsheetFormat format, SheetKind kind, List<List<String>> rows, boolean withGuide) {
        return format == SpreadsheetFormat.CSV ? csv(kind, rows) : xlsx(kind, rows, withGuide, List.of());
    }

    /** An .xlsx template: the header row, then the given sheets (a guide, accepted values) in the reader's words. */
    static byte[] template(SheetKind kind, List<ExtraSheet> sheets) {
        return xlsx(kind, List.of(), false, sheets);
    }

    private static byte[] csv(SheetKind kind, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The byte-order mark makes Excel open the file as UTF-8, so æ, ø and å survive.
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            printer.printRecord(kind.headers());
            for (List<String> row : rows) {
                printer.printRecord(CsvCells.neutralise(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(SheetKind kind, List<List<String>> rows, boolean withGuide, List<ExtraSheet> extra) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(kind == SheetKind.ACTORS ? "Aktører" : "Utfordringer");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < kind.headers().size(); c++) {
                header.createCell(c).setCellValue(kind.headers().get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (!values.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (withGuide) {
                // The guide is a second sheet; only the first sheet is imported.
                XSSFSheet guide = workbook.createSheet("Veiledning");
                Row top = guide.createRow(0);
                top.createCell(0).setCellValue("column");
                top.createCell(1).setCellValue("what to write");
                for (int i = 0; i < kind.columns().size(); i++) {
                    Row row = guide.createRow(i + 1);
                    row.createCell(0).setCellValue(kind.columns().get(i).name());
                    row.createCell(1).setCellValue(kind.columns().get(i).help());
                }
            }
            for (ExtraSheet more : extra) {
                // Only the first sheet is imported; these are for the person filling it in.
                XSSFSheet added = workbook.createSheet(more.name());
                for (int r = 0; r < more.rows().size(); r++) {
                    Row row = added.createRow(r);
                    List<String> values = more.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                        if (r == 0) {
                            row.getCell(c).setCellStyle(bold);
                        }
                    }
                }
                added.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
