package no.fellesgrunn.infra.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files for tests: a valid actor row, changed in one place at a time. */
final class Sheets {
    static final List<String> ACTOR_HEADER = SheetKind.ACTORS.headers();

    private Sheets() {}

    static Map<String, String> validActor(String email) {
        Map<String, String> row = new LinkedHashMap<>();
        ACTOR_HEADER.forEach(h -> row.put(h, ""));
        row.put("name", "Ragnhild Sørensen");
        row.put("email", email);
        row.put("phone", "+47 915 55 555");
        row.put("organisation", "Bodø Frivilligsentral");
        row.put("sector", "VOLUNTARY");
        row.put("role", "daglig leder");
        row.put("municipality", "Bodø");
        row.put("themes", "ensomhet|Eldre");
        row.put("perspectives", "DRIVER|LIVED_EXPERIENCE");
        row.put("languages", "nb|en");
        row.put("show_email", "ja");
        return row;
    }

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.put(column, value);
        return copy;
    }

    static String line(Map<String, String> row, String separator) {
        return row.values().stream()
                .map(v -> v.contains(separator) || v.contains("\"") || v.contains("\n")
                        ? "\"" + v.replace("\"", "\"\"") + "\""
                        : v)
                .collect(Collectors.joining(separator));
    }

    @SafeVarargs
    static byte[] csv(Map<String, String>... rows) {
        StringBuilder text = new StringBuilder(String.join(";", rows[0].keySet())).append("\n");
        for (Map<String, String> row : rows) {
            text.append(line(row, ";")).append("\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An .xlsx whose first sheet has these rows; a value starting with '=' becomes a formula. */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Ark1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.startsWith("=")) {
                        row.createCell(c).setCellFormula(v.substring(1));
                    } else if (!v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<List<String>> table(Map<String, String>... rows) {
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(List.copyOf(rows[0].keySet()));
        for (Map<String, String> row : rows) {
            table.add(List.copyOf(row.values()));
        }
        return table;
    }
}
