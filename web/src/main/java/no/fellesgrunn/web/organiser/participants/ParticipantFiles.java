package no.fellesgrunn.web.organiser.participants;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import no.fellesgrunn.infra.spreadsheet.SpreadsheetFormat;

/** The participants page's downloads: the actors' spreadsheet and the import templates, made when asked for. */
final class ParticipantFiles {
    private ParticipantFiles() {}

    /** A file made on download. */
    record File(String name, SpreadsheetFormat format, byte[] bytes) {}

    static Anchor download(String id, String text, Supplier<File> file) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    File made = file.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(made.bytes()),
                            made.name(),
                            made.format().contentType(),
                            made.bytes().length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }

    /** The import templates to fill in: .xlsx with a guide and the accepted values, or the CSV header row. */
    static Paragraph templates(Anchor xlsx, Anchor csv, String intro) {
        Paragraph links = new Paragraph(new Span(intro + " "), xlsx, new Span(" · "), csv);
        links.setId("participants-templates");
        return links;
    }
}
