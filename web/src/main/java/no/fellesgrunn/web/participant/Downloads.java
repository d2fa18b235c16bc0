package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links that go through the view's session and the services' own access checks. */
public final class Downloads {
    private Downloads() {}

    public static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
        return new Anchor(handler, AttachmentType.DOWNLOAD, text);
    }
}
