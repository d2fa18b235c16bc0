package no.fellesgrunn.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Real HTTP to the real server. 127.0.0.1 is the configured proxy; requests from 127.0.0.2 (also
 * this machine) stand for anyone else, whose X-Forwarded-* headers must be ignored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "fellesgrunn.proxy.trusted-addresses=127.0.0.1")
class ForwardedHeadersTest extends WebIntegrationTest {
    private static final String PROXY = "127.0.0.1";
    private static final String STRANGER = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    record Answer(int status, List<String> headers, String body) {
        String header(String name) {
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(h -> h.substring(h.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(null);
        }

        String sessionCookie() {
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:") && h.contains("JSESSIONID="))
                    .findFirst()
                    .orElse(null);
        }
    }

    private Answer request(String from, String method, String path, String extraHeaders, String body)
            throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                    + extraHeaders
                    + (body == null
                            ? ""
                            : (extraHeaders.contains("Content-Type")
                                            ? ""
                                            : "Content-Type: application/x-www-form-urlencoded\r\n")
                                    + "Content-Length: " + content.length + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            List<String> lines = new ArrayList<>(List.of(text.substring(0, end).split("\r\n")));
            int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
            return new Answer(status, lines, text.substring(end + 4));
        }
    }

    @Test
    void behindTheTrustedProxyHttpsCountsRedirectsCookieAndHsts() throws Exception {
        Answer redirect = request(
                PROXY, "GET", "/organiser", "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.7\r\n", null);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).startsWith("https://").endsWith("/login");
        assertThat(redirect.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(redirect.sessionCookie()).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void forwardedHeadersFromAnyoneElseAreIgnored() throws Exception {
        Answer redirect = request(
                STRANGER, "GET", "/organiser", "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.7\r\n", null);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).startsWith("http://").endsWith("/login");
        assertThat(redirect.header("Strict-Transport-Security")).isNull();
        assertThat(redirect.sessionCookie())
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
        // The proxy itself, over plain http: no HSTS either.
        assertThat(request(PROXY, "GET", "/actuator/health", "", null).header("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void theLoginPageCarriesItsCsrfTokenAndTheHeadersAndTheFormNeedsTheToken() throws Exception {
        accounts.add(UserAccount.create(
                "real.http@example.no",
                "Real",
                passwordEncoder.encode("riktig hest batteri stift"),
                Set.of(Role.PARTICIPANT)));
        Answer page = request(PROXY, "GET", "/login", "", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(page.body()).as("Vaadin's page, not Spring's generated one").doesNotContain("Please sign in");
        assertThat(token.find())
                .as("the CSRF token for Vaadin's login form, in a meta tag")
                .isTrue();
        assertThat(page.body()).contains("<meta name=\"_csrf_parameter\" content=\"_csrf\"");
        String cookie = "Cookie: "
                + page.sessionCookie().substring("Set-Cookie:".length()).strip().split(";")[0] + "\r\n";
        String form = "username=real.http%40example.no&password=riktig+hest+batteri+stift";

        // Without the token: not signed in; the sign-in page again, saying the page had expired (ExpiredFormHandler).
        Answer withoutToken = request(PROXY, "POST", "/login", cookie, form);
        assertThat(withoutToken.status()).isEqualTo(302);
        if (withoutToken.status() == 302) {
            assertThat(withoutToken.header("Location")).endsWith("/login?expired");
        }
        assertThat(request(PROXY, "GET", "/actuator/metrics", cookie, null).header("Location"))
                .as("still anonymous")
                .endsWith("/login");

        Answer withToken = request(PROXY, "POST", "/login", cookie, form + "&_csrf=" + token.group(1));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(withToken.header("Location")).doesNotContain("error").doesNotContain("login");
        String signedIn = "Cookie: "
                + withToken
                        .sessionCookie()
                        .substring("Set-Cookie:".length())
                        .strip()
                        .split(";")[0] + "\r\n";
        assertThat(request(PROXY, "GET", "/actuator/metrics", signedIn, null).status())
                .as("signed in, but not an admin")
                .isEqualTo(403);
    }

    @Test
    void vaadinsOwnRequestsCarryVaadinsKeyInsteadOfSpringsToken() throws Exception {
        Answer page = request(STRANGER, "GET", "/login", "", null);
        String cookie = "Cookie: "
                + page.sessionCookie().substring("Set-Cookie:".length()).strip().split(";")[0] + "\r\n";
        // The page's script asks for the UI (a GET), which carries Vaadin's key and the UI's number.
        Answer init = request(STRANGER, "GET", "/?v-r=init&location=login&query=", cookie, null);
        Matcher key =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init.body());
        assertThat(key.find() && ui.find())
                .as("Vaadin's security key and UI id in: " + init.body())
                .isTrue();
        String uidl = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
        // No Spring CSRF token: Spring's filter lets it through (it would answer 401 for a Vaadin request) and Vaadin
        // answers.
        Answer answer = request(
                STRANGER,
                "POST",
                "/?v-r=uidl&v-uiId=" + ui.group(1),
                cookie + "Content-Type: application/json\r\n",
                uidl);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("for(;;);");
    }

    @Test
    void theAccessibilityStatementAndThePrivacyNoticeAreOpenToEveryone() throws IOException {
        for (String path : new String[] {"/accessibility", "/privacy"}) {
            Answer answer = request(STRANGER, "GET", path, "", null);
            assertThat(answer.status()).as(path).isEqualTo(200);
        }
    }
}
