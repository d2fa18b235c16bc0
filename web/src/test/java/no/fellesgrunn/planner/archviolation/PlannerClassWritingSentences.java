package no.fellesgrunn.planner.archviolation;

import java.text.MessageFormat;

/** Breaks the rule on purpose: the planner making a sentence for people. Used only by ArchitectureTest. */
public class PlannerClassWritingSentences {
    String reason(int count) {
        return MessageFormat.format("{0} people share a theme", count);
    }
}
