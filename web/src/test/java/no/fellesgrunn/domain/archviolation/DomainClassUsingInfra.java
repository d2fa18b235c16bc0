package no.fellesgrunn.domain.archviolation;

import no.fellesgrunn.infra.account.JdbcUserAccountRepository;

/** Breaks the rule on purpose: the domain reaching into infra. Used only by ArchitectureTest. */
public class DomainClassUsingInfra {
    JdbcUserAccountRepository repository;
}
