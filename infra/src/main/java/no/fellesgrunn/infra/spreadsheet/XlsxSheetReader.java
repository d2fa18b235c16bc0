package no.fellesgrunn.infra.spreadsheet;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an .xlsx workbook with Apache POI. Formulas are refused (only values
 * are imported, and a formula's cached value may be stale or hostile); POI's zip-bomb guards are
 * set tight.
 */
final class XlsxSheetReader {
    static {
        ZipSecureFile.setMinInflateRatio(SheetLimits.MIN_XLSX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(SheetLimits.MAX_XLSX_ENTRY_BYTES);
    }

    private XlsxSheetReader() {}

    static RawSheet read(byte[] bytes) {
        if (bytes.length == 0) {
            return RawSheet.failed(ImportError.file(ImportProblem.FILE_EMPTY));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return RawSheet.failed(ImportError.file(ImportProblem.FILE_XLSX_NO_SHEETS));
            }
            return read(workbook.getSheetAt(0));
        } catch (POIXMLException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            return RawSheet.failed(ImportError.file(ImportProblem.FILE_XLSX_UNREADABLE));
        } catch (java.io.IOException | RuntimeException e) {
            // Includes POI's zip-bomb detection ("Zip bomb detected!") and damaged archives.
            return RawSheet.failed(ImportError.file(
                    rootMessage(e).toLowerCase(Locale.ROOT).contains("zip bomb")
                            ? ImportProblem.FILE_XLSX_ZIP_BOMB
                            : ImportProblem.FILE_XLSX_UNREADABLE));
        }
    }

    private static RawSheet read(Sheet sheet) {
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        if (headerRow == null || sheet.getPhysicalNumberOfRows() == 0) {
            return RawSheet.failed(ImportError.file(ImportProblem.FILE_EMPTY));
        }
        List<ImportError> errors = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
            header.add(text(headerRow.getCell(c), headerRow.getRowNum() + 1, "", errors));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isBlank()) {
            header.remove(header.size() - 1);
        }
        List<RawSheet.RawRow> rows = new ArrayList<>();
        for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            if (rows.size() >= SheetLimits.MAX_ROWS) {
                return RawSheet.failed(ImportError.file(ImportProblem.FILE_TOO_MANY_ROWS, SheetLimits.MAX_ROWS));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            boolean blank = true;
            for (int c = 0; c < Math.max(header.size(), row.getLastCellNum()); c++) {
                String column = c < header.size() ? header.get(c).strip().toLowerCase(Locale.ROOT) : "";
                String value = text(row.getCell(c), r + 1, column, errors);
                if (c >= header.size()) {
                    if (!value.isBlank()) {
                        errors.add(new ImportError(r + 1, "", value, ImportProblem.CELL_WITHOUT_HEADER, c + 1));
                    }
                    continue;
                }
                blank &= value.isBlank();
                cells.put(column, value);
            }
            if (!blank) {
                rows.add(new RawSheet.RawRow(r + 1, cells));
            }
        }
        return new RawSheet(header, rows, errors);
    }

    private static String text(Cell cell, int rowNumber, String column, List<ImportError> errors) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BLANK -> "";
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        // Organisation and phone numbers typed as numbers: no ".0", no exponent.
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case FORMULA -> {
                errors.add(new ImportError(rowNumber, column, "=" + cell.getCellFormula(), ImportProblem.CELL_FORMULA));
                yield "";
            }
            case ERROR -> {
                errors.add(new ImportError(rowNumber, column, "", ImportProblem.CELL_ERROR_VALUE));
                yield "";
            }
            default -> "";
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
