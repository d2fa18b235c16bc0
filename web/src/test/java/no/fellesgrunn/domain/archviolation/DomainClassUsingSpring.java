package no.fellesgrunn.domain.archviolation;

import org.springframework.jdbc.core.JdbcTemplate;

/** Breaks the rule on purpose: a domain class that knows Spring and SQL. Used only by ArchitectureTest. */
public class DomainClassUsingSpring {
    JdbcTemplate jdbc;
}
