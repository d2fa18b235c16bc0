package no.fellesgrunn.infra.archviolation;

import no.fellesgrunn.web.Application;

/** Breaks the rule on purpose: infra depending on web. Used only by ArchitectureTest. */
public class InfraClassUsingWeb {
    Application application;
}
