package no.fellesgrunn.web.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Norway's time zone: services take it by injection, so that
 * "today" is Oslo's today and tests can set the date.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(OSLO);
    }
}
