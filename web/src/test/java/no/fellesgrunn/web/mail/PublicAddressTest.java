package no.fellesgrunn.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Links in mails point where people reach the service, not at localhost. */
class PublicAddressTest {
    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void serving(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organiser");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void theConfiguredAddressWinsWhateverTheRequest() {
        serving("http", "10.0.0.7", 8080);
        PublicAddress address = new PublicAddress("https://fellesgrunn.bodo.kommune.no/", 8080);
        assertThat(address.link("invitation/abc")).isEqualTo("https://fellesgrunn.bodo.kommune.no/invitation/abc");
        assertThat(address.link("/calendar/x.ics")).isEqualTo("https://fellesgrunn.bodo.kommune.no/calendar/x.ics");
    }

    @Test
    void withoutASettingTheRequestsAddressIsUsed() {
        serving("https", "fellesgrunn.example.no", 443);
        assertThat(new PublicAddress("", 8080).link("invitation/abc"))
                .isEqualTo("https://fellesgrunn.example.no/invitation/abc");
    }

    @Test
    void withNeitherItFallsBackToThisMachine() {
        assertThat(new PublicAddress(" ", 9090).base()).isEqualTo("http://localhost:9090");
    }
}
