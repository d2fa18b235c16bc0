package no.fellesgrunn.infra.spreadsheet;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.infra.spreadsheet.RowMutator.FuzzFile;

/**
 * Runs one generated file through the real import (preview, then import when the preview accepts
 * it) on PostgreSQL and judges the outcome: a clean rejection (every problem with a reason, a row
 * within the file and a column of the file or none), or a valid import that the import itself
 * accepts and stores; never an exception, never a preview and an import that disagree.
 */
final class ImportFuzzHarness {
    enum Verdict {
        CLEAN_REJECTION,
        IMPORTED,
        CRASH,
        UNCLEAR_REJECTION,
        PREVIEW_AND_IMPORT_DISAGREE
    }

    record Result(Verdict verdict, String detail) {}

    private final ImportService imports;
    private final UUID event;

    ImportFuzzHarness(DataSource dataSource, UUID event) {
        this.imports = new ImportService(dataSource);
        this.event = event;
    }

    Result run(FuzzFile file) {
        try {
            ImportReport preview = imports.preview(
                    file.kind(), file.fileName(), file.content(), event, ProfileSteward.administrator());
            if (!preview.ok()) {
                return judgeRejection(file, preview);
            }
            ImportReport imported = imports.importFile(
                    file.kind(), file.fileName(), file.content(), event, "fuzz", ProfileSteward.administrator());
            if (!imported.ok() || !imported.applied()) {
                return new Result(
                        Verdict.PREVIEW_AND_IMPORT_DISAGREE,
                        "the preview accepted the file, the import said " + imported.errors());
            }
            return new Result(Verdict.IMPORTED, imported.dataRows() + " rows");
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new Result(Verdict.CRASH, trace.toString());
        }
    }

    private static Result judgeRejection(FuzzFile file, ImportReport report) {
        Set<String> columns = new HashSet<>();
        file.kind().headers().forEach(columns::add);
        firstLine(file).ifPresent(header -> {
            for (String h : header.split("[;,]")) {
                columns.add(normal(h));
            }
        });
        for (ImportError error : report.errors()) {
            boolean rowOk = error.row() >= 0 && error.row() <= lastRow(file, report);
            boolean columnOk = error.column().isEmpty()
                    || columns.contains(normal(error.column()))
                    || file.fileName().endsWith(".xlsx")
                    || file.changes().stream().anyMatch(c -> c.startsWith("header"));
            // A clean rejection names a known code: the import's own or a domain rule's, each translated by web.
            boolean known = java.util.Arrays.stream(ImportProblem.values())
                            .anyMatch(p -> p.code().equals(error.code()))
                    || java.util.Arrays.stream(no.fellesgrunn.domain.common.DomainError.values())
                            .anyMatch(d -> d.code().equals(error.code()));
            if (!known || !rowOk || !columnOk) {
                return new Result(Verdict.UNCLEAR_REJECTION, error.toString());
            }
        }
        return new Result(Verdict.CLEAN_REJECTION, report.errors().get(0).toString());
    }

    /** The last row number an error may name: the header is row 1; a CSV line break inside quotes adds lines. */
    private static int lastRow(FuzzFile file, ImportReport report) {
        int rows = Math.max(report.dataRows(), file.rows()) + 1;
        if (file.fileName().endsWith(".csv")) {
            int lines = 1;
            for (byte b : file.content()) {
                lines += b == '\n' || b == '\r' ? 1 : 0;
            }
            rows = Math.max(rows, lines);
        }
        return rows;
    }

    private static java.util.Optional<String> firstLine(FuzzFile file) {
        if (file.fileName().endsWith(".xlsx")) {
            return java.util.Optional.empty();
        }
        String text = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return java.util.Optional.of(end < 0 ? text : text.substring(0, end));
    }

    private static String normal(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
