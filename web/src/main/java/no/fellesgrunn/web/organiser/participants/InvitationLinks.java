package no.fellesgrunn.web.organiser.participants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.fellesgrunn.infra.spreadsheet.CsvCells;
import no.fellesgrunn.web.i18n.Formats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Shows newly made invitation links, this once: a list to copy (name, e-mail, link) and the same as
 * a CSV file for a mail merge. The links are not stored, only their hashes, so closing the dialog
 * loses them; the text says so.
 */
class InvitationLinks extends Dialog {
    final TextArea list = new TextArea();

    InvitationLinks(List<IssuedInvitation> issued, String baseUrl) {
        setHeaderTitle(getTranslation("organiser.invitations.title"));
        setId("invitations-dialog");
        setWidth("min(60em, 95vw)");
        Paragraph info = new Paragraph(
                issued.isEmpty()
                        ? getTranslation("organiser.invitations.none")
                        : getTranslation("organiser.invitations.once", issued.size()));
        info.getElement().setAttribute("role", "status");
        list.setLabel(getTranslation("organiser.invitations.list"));
        list.setId("invitations-list");
        list.setReadOnly(true);
        list.setWidthFull();
        list.setMaxHeight("22em");
        StringBuilder text = new StringBuilder();
        issued.forEach(i -> text.append(i.name())
                .append(" <")
                .append(i.email())
                .append(">: ")
                .append(baseUrl)
                .append(i.path())
                .append('\n'));
        list.setValue(text.toString());
        add(info);

        List<String> header = List.of(
                getTranslation("organiser.invitations.header.name"),
                getTranslation("organiser.invitations.header.email"),
                getTranslation("organiser.invitations.header.link"),
                getTranslation("organiser.invitations.header.expires"));
        byte[] csv = csv(issued, baseUrl, header, getLocale());
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv),
                        getTranslation("organiser.invitations.file"),
                        "text/csv;charset=UTF-8",
                        csv.length)),
                getTranslation("organiser.invitations.csv"));
        download.setId("invitations-csv");
        download.getElement().setAttribute("download", true);
        Button copy = new Button(getTranslation("organiser.invitations.copy"), click -> getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", list.getValue()));
        copy.setId("invitations-copy");
        Button close = new Button(getTranslation("organiser.invitations.close"), click -> close());
        close.setId("invitations-close");
        if (!issued.isEmpty()) {
            // The file first: with many links the list is long, and the file is what most will use.
            add(download, list);
            getFooter().add(copy);
        }
        getFooter().add(close);
    }

    /** The file: the reader's column names, the expiry as Oslo's local date and time in the reader's language. */
    static byte[] csv(List<IssuedInvitation> issued, String baseUrl, List<String> header, Locale locale) {
        StringWriter out = new StringWriter();
        // Semicolons, like the project's other CSV files: what Excel expects with Norwegian settings.
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (IssuedInvitation i : issued) {
                printer.printRecord(CsvCells.neutralise(
                        List.of(i.name(), i.email(), baseUrl + i.path(), Formats.dateTime(i.expiresAt(), locale))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
