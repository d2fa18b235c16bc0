package no.fellesgrunn.web.security;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} are believed only when
 * the request comes straight from an address listed in {@code fellesgrunn.proxy.trusted-addresses}
 * (default: none, so nobody can make a plain http request look like https or fake their address).
 * Behind such a proxy the request then counts as https: redirects go to https, the session cookie
 * is Secure, HSTS is sent, and sign-in throttling sees the client's own address.
 */
@Configuration
public class TrustedProxyConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxyConfiguration.class);
    private final List<String> trusted;

    public TrustedProxyConfiguration(@Value("${fellesgrunn.proxy.trusted-addresses:}") String trustedAddresses) {
        this.trusted = Arrays.stream(trustedAddresses.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (trusted.isEmpty()) {
            return;
        }
        factory.addEngineValves(valve(trusted));
        LOG.info("Forwarded headers are honoured from {}", trusted);
    }

    static RemoteIpValve valve(List<String> trustedAddresses) {
        RemoteIpValve valve = new RemoteIpValve();
        // Exact addresses only: each one quoted, so "10.0.0.1" does not also match "10.0.0.10".
        valve.setInternalProxies(trustedAddresses.stream().map(Pattern::quote).collect(Collectors.joining("|")));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        valve.setChangeLocalName(true);
        valve.setChangeLocalPort(true);
        return valve;
    }
}
