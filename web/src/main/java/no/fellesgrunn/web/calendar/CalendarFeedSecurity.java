package no.fellesgrunn.web.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Calendar programs cannot sign in: the feed's secret token is its key. This chain covers only
 * {@code /calendar/**}, before the main one; within it exactly the feed address is open (GET),
 * without sessions or CSRF, and everything else under the path is denied with the same bare 404
 * a wrong token gets, so the path reveals nothing.
 */
@Configuration
public class CalendarFeedSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar/*.ics")
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                                .accessDeniedHandler((request, response, denied) ->
                                        response.setStatus(HttpStatus.NOT_FOUND.value())));
        return http.build();
    }
}
