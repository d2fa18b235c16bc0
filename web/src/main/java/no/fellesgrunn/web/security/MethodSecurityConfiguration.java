package no.fellesgrunn.web.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services check roles themselves ({@code @RolesAllowed}), so a forbidden action is refused on
 * the server even if a view forgot to hide a button.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
public class MethodSecurityConfiguration {
}
