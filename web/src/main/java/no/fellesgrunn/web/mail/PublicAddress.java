package no.fellesgrunn.web.mail;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach Fellesgrunn at, for links in mails, invitation files and calendar
 * subscriptions: {@code fellesgrunn.base-url} when set (it should be, in production); otherwise
 * the address of the request being served (behind a proxy, as the trusted proxy forwarded it);
 * otherwise, with no request at hand, this machine's address and port, with a warning in the log.
 */
@Component
public class PublicAddress {
    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);
    private final String configured;
    private final int port;
    private volatile boolean warned;

    public PublicAddress(@Value("${fellesgrunn.base-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = configured == null || configured.isBlank() ? null : withoutSlash(configured.strip());
        this.port = port;
    }

    /** The absolute address of a path such as {@code invitation/abc}. */
    public String link(String path) {
        return base() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The address without a trailing slash. */
    public String base() {
        if (configured != null) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return withoutSlash(
                    ServletUriComponentsBuilder.fromContextPath(request).toUriString());
        }
        if (!warned) {
            warned = true;
            LOG.warn(
                    "fellesgrunn.base-url is not set and a link was made outside a request: it points at http://localhost:{}. "
                            + "Set fellesgrunn.base-url to the address people use.",
                    port);
        }
        return "http://localhost:" + port;
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
