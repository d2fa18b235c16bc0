package no.fellesgrunn.infra.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV with commons-csv: UTF-8 only (a byte-order mark is skipped), ';' or ',' as separator
 * (whichever the header line uses more of), quoted cells may hold separators and line breaks.
 */
final class CsvSheetReader {
    private CsvSheetReader() {}

    static RawSheet read(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        String text;
        try {
            text = strictUtf8()
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (MalformedInputException e) {
            return RawSheet.failed(notUtf8(bytes, start));
        } catch (CharacterCodingException e) {
            return RawSheet.failed(ImportError.file(ImportProblem.FILE_NOT_UTF8));
        }
        if (text.isBlank()) {
            return RawSheet.failed(ImportError.file(ImportProblem.FILE_EMPTY));
        }
        if (text.indexOf('\0') >= 0) {
            return RawSheet.failed(ImportError.file(ImportProblem.FILE_NUL_BYTES));
        }
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<RawSheet.RawRow> rows = new ArrayList<>();
            List<ImportError> errors = new ArrayList<>();
            for (CSVRecord record : parser) {
                int rowNumber = (int) record.getRecordNumber();
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                if (rows.size() >= SheetLimits.MAX_ROWS) {
                    return RawSheet.failed(ImportError.file(ImportProblem.FILE_TOO_MANY_ROWS, SheetLimits.MAX_ROWS));
                }
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (cells.size() > header.size()
                        && !cells.subList(header.size(), cells.size()).stream().allMatch(String::isBlank)) {
                    errors.add(new ImportError(
                            rowNumber,
                            "",
                            String.join(String.valueOf(delimiter), cells),
                            ImportProblem.ROW_TOO_MANY_CELLS,
                            cells.size(),
                            header.size(),
                            String.valueOf(delimiter)));
                    continue;
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    byColumn.put(
                            header.get(i).strip().toLowerCase(java.util.Locale.ROOT),
                            i < cells.size() ? CsvCells.restore(cells.get(i)) : "");
                }
                rows.add(new RawSheet.RawRow(rowNumber, byColumn));
            }
            return new RawSheet(header == null ? List.of() : header, rows, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv reports broken quoting this way, with the line it stopped at.
            return RawSheet.failed(ImportError.file(ImportProblem.FILE_CSV_MALFORMED));
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Finds the first bad byte to name its line: usually æ, ø or å saved as Latin-1 / Windows-1252. */
    private static ImportError notUtf8(byte[] bytes, int start) {
        int line = 1;
        int lineStart = start;
        CharsetDecoder decoder = strictUtf8();
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    break;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new ImportError(line, "", "", ImportProblem.FILE_NOT_UTF8_LINE, line);
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }
}
