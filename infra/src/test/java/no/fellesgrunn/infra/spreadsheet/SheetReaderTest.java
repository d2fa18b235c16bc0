package no.fellesgrunn.infra.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The readers on their own: separators, byte-order mark, quoting, and xlsx guards. */
class SheetReaderTest {
    @Test
    void readsSemicolonOrCommaSeparatedUtf8WithOrWithoutByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "name,email\n\"Sørensen, Åse\",aase@bodo.example\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        RawSheet sheet = CsvSheetReader.read(withBom);
        assertThat(sheet.errors()).isEmpty();
        assertThat(sheet.header()).containsExactly("name", "email");
        assertThat(sheet.rows().get(0).get("name")).isEqualTo("Sørensen, Åse");
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);

        RawSheet semicolons = CsvSheetReader.read(
                "name;email\nÆrlig Øyen;ae@x.example\n\nOla;o@x.example\n".getBytes(StandardCharsets.UTF_8));
        assertThat(semicolons.rows()).extracting(r -> r.get("name")).containsExactly("Ærlig Øyen", "Ola");
    }

    @Test
    void namesTheLineOfTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = "name;email\nOla;o@x.example\nBodø;b@x.example\n".getBytes(StandardCharsets.ISO_8859_1);
        RawSheet sheet = CsvSheetReader.read(latin1);
        assertThat(sheet.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.is(ImportProblem.FILE_NOT_UTF8_LINE)).as(e.toString()).isTrue();
            assertThat(e.args()).containsExactly(3);
        });
    }

    @Test
    void reportsUnclosedQuotesAsAMalformedFile() {
        RawSheet sheet = CsvSheetReader.read("name;email\n\"Ola;o@x.example\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.errors()).isNotEmpty();
    }

    @Test
    void readsXlsxNumbersWithoutDecimalsOrExponent() throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("organisation_number");
            header.createCell(1).setCellValue("show_email");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(974760673d);
            row.createCell(1).setCellValue(true);
            workbook.write(out);
            RawSheet read = XlsxSheetReader.read(out.toByteArray());
            assertThat(read.errors()).isEmpty();
            assertThat(read.rows().get(0).get("organisation_number")).isEqualTo("974760673");
            assertThat(read.rows().get(0).get("show_email")).isEqualTo("yes");
        }
    }

    @Test
    void stopsAZipBombBeforeInflatingIt() throws Exception {
        java.lang.reflect.Method bomb = BadInputDbTest.class.getDeclaredMethod("zipBomb");
        bomb.setAccessible(true);
        RawSheet sheet = XlsxSheetReader.read((byte[]) bomb.invoke(null));
        assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.code())
                .isEqualTo(ImportProblem.FILE_XLSX_ZIP_BOMB.code()));
    }
}
