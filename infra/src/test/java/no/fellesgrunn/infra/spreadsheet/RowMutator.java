package no.fellesgrunn.infra.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated import files for fuzzing: a few valid rows of the actor or challenge sheet, then random
 * changes to cells (odd, malformed and extreme values), sometimes to the header, written as CSV (with
 * either separator) or .xlsx. Deterministic for a given {@link Random}.
 */
final class RowMutator {
    /** One generated file and what was done to it (for the report of a finding). */
    record FuzzFile(SheetKind kind, String fileName, byte[] content, int rows, List<String> changes) {
        @Override
        public String toString() {
            return kind + " " + fileName + " " + content.length + " bytes: " + String.join("; ", changes);
        }
    }

    private static final String[] EXTREMES = {
        "",
        " ",
        "\t",
        "\u0000",
        "a\u0000b",
        "\u0007\u001b[31m",
        "\r\n",
        "line\nbreak",
        "\"",
        "\"\"\"",
        ";",
        ",",
        "|",
        "||",
        "|a|",
        "\uD800",
        "x\uDC00y",
        "\u200B\u200B",
        "\u202Eevil",
        "\uFEFF",
        "😀",
        "🏳️‍🌈",
        "Ærøy",
        "ÆØÅ æøå",
        "ǅ",
        "ß",
        "=1+1",
        "=HYPERLINK(\"http://x\")",
        "+47 915 55 555",
        "-1",
        "0",
        "00",
        "1804",
        "9999",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1e400",
        "NaN",
        "Infinity",
        "0x1F",
        "1.5",
        "1,5",
        "٣",
        "１２",
        "true",
        "ja",
        "nei",
        "YES",
        "no",
        "null",
        "NULL",
        "undefined",
        "<script>alert(1)</script>",
        "'; drop table actor; --",
        "%s%n%x",
        "../../etc/passwd",
        "DRIVER",
        "DRIVER|DRIVER",
        "VOLUNTARY",
        "CITIZEN",
        "REGISTERED",
        "CANCELLED",
        "SELECTED",
        "nb|en|se",
        "1|2|3",
        "1|99",
        "ensomhet|Eldre",
        "a@b",
        "@",
        "ola@",
        "ola.nordmann@bodo.example",
        "OLA.NORDMANN@BODO.EXAMPLE",
        " ola@bodo.example ",
        "974760673",
        "974760672",
        "12345678901",
        "Bodø",
        "bodø",
        "Bodo",
        "4601",
        "0301",
        "Oslo",
        "Herøy",
    };

    private static final int XLSX_CELL = 32_767;

    private RowMutator() {}

    static FuzzFile mutate(Random random, SheetKind kind) {
        List<String> header = new ArrayList<>(kind.headers());
        List<Map<String, String>> rows = new ArrayList<>();
        int rowCount = 1 + random.nextInt(4);
        for (int r = 0; r < rowCount; r++) {
            rows.add(
                    kind == SheetKind.ACTORS
                            ? Sheets.validActor("fuzz." + random.nextInt(1_000_000) + "@bodo.example")
                            : validChallenge(random));
        }
        List<String> changes = new ArrayList<>();
        int cellChanges = random.nextInt(5);
        for (int i = 0; i < cellChanges; i++) {
            Map<String, String> row = rows.get(random.nextInt(rows.size()));
            String column = header.get(random.nextInt(header.size()));
            String value = value(random);
            row.put(column, value);
            changes.add(column + "=" + shown(value));
        }
        if (random.nextInt(10) == 0) {
            changeHeader(random, header, changes);
        }
        boolean xlsx = random.nextInt(4) == 0;
        String separator = random.nextBoolean() ? ";" : ",";
        byte[] content = xlsx ? xlsx(header, rows) : csv(header, rows, separator);
        if (!xlsx && random.nextInt(20) == 0) {
            content = bytes(random, content, changes);
        }
        return new FuzzFile(kind, xlsx ? "fuzz.xlsx" : "fuzz.csv", content, rowCount, changes);
    }

    private static Map<String, String> validChallenge(Random random) {
        Map<String, String> row = new LinkedHashMap<>();
        SheetKind.CHALLENGES.headers().forEach(h -> row.put(h, ""));
        row.put("title", "Ensomhet blant eldre " + random.nextInt(1_000_000));
        row.put("description", "Hvordan når vi de eldre som bor alene?");
        row.put("owner_municipality", "Bodø");
        row.put("themes", "ensomhet");
        row.put("needed_perspectives", "DRIVER|LIVED_EXPERIENCE");
        return row;
    }

    /** An odd value: a known extreme, a random string of any characters, a very long one, or a mix. */
    static String value(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> EXTREMES[random.nextInt(EXTREMES.length)];
            case 2 -> randomString(random, random.nextInt(40));
            case 3 -> "x".repeat(random.nextInt(3) == 0 ? 100_000 : 150 + random.nextInt(5_000));
            case 4 ->
                EXTREMES[random.nextInt(EXTREMES.length)]
                        + randomString(random, 5)
                        + EXTREMES[random.nextInt(EXTREMES.length)];
            default -> String.valueOf(random.nextLong());
        };
    }

    private static String randomString(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char)
                    switch (random.nextInt(4)) {
                        case 0 -> random.nextInt(0x20); // control characters, NUL included
                        case 1 -> 0x20 + random.nextInt(0x5f); // printable ASCII
                        case 2 -> 0xD800 + random.nextInt(0x800); // lone surrogates
                        default -> random.nextInt(0x10000); // anything in the basic plane
                    });
        }
        return s.toString();
    }

    private static void changeHeader(Random random, List<String> header, List<String> changes) {
        int i = random.nextInt(header.size());
        switch (random.nextInt(4)) {
            case 0 -> changes.add("header: removed " + header.remove(i));
            case 1 -> {
                header.add(header.get(i));
                changes.add("header: duplicated " + header.get(i));
            }
            case 2 -> {
                header.set(i, value(random));
                changes.add("header: renamed column " + i);
            }
            default -> {
                header.set(i, header.get(i).toUpperCase() + " ");
                changes.add("header: upper case " + header.get(i));
            }
        }
    }

    private static byte[] csv(List<String> header, List<Map<String, String>> rows, String separator) {
        StringBuilder text = new StringBuilder(String.join(separator, header)).append("\n");
        for (Map<String, String> row : rows) {
            List<String> cells = header.stream()
                    .map(h -> quoted(row.getOrDefault(h, ""), separator))
                    .toList();
            text.append(String.join(separator, cells)).append("\n");
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quoted(String value, String separator) {
        return value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    private static byte[] xlsx(List<String> header, List<Map<String, String>> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(header.stream()
                .map(v -> v.length() > XLSX_CELL ? v.substring(0, XLSX_CELL) : v)
                .toList());
        for (Map<String, String> row : rows) {
            // An .xlsx cell holds at most 32,767 characters (Excel's limit; POI refuses more).
            table.add(header.stream()
                    .map(h -> row.getOrDefault(h, ""))
                    .map(v -> v.length() > XLSX_CELL ? v.substring(0, XLSX_CELL) : v)
                    .toList());
        }
        try {
            return Sheets.xlsx(table); // a value starting with '=' becomes a formula
        } catch (RuntimeException notAFormula) {
            // POI cannot write a formula it cannot parse: write such values as text instead.
            return Sheets.xlsx(table.stream()
                    .map(r ->
                            r.stream().map(v -> v.startsWith("=") ? " " + v : v).toList())
                    .toList());
        }
    }

    /** Byte-level damage: truncation, a stray byte that is not UTF-8, or a byte-order mark. */
    private static byte[] bytes(Random random, byte[] content, List<String> changes) {
        switch (random.nextInt(3)) {
            case 0 -> {
                changes.add("bytes: truncated");
                return java.util.Arrays.copyOf(content, random.nextInt(content.length + 1));
            }
            case 1 -> {
                byte[] copy = content.clone();
                copy[random.nextInt(copy.length)] = (byte) (0x80 + random.nextInt(0x80));
                changes.add("bytes: stray high byte");
                return copy;
            }
            default -> {
                byte[] copy = new byte[content.length + 3];
                copy[0] = (byte) 0xEF;
                copy[1] = (byte) 0xBB;
                copy[2] = (byte) 0xBF;
                System.arraycopy(content, 0, copy, 3, content.length);
                changes.add("bytes: byte-order mark");
                return copy;
            }
        }
    }

    static String shown(String value) {
        String s = value.length() > 30 ? value.substring(0, 30) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .forEach(c -> out.append(
                        c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)
                                ? String.format("\\u%04x", c)
                                : new String(Character.toChars(c))));
        return out.toString();
    }
}
