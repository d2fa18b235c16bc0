package no.fellesgrunn.domain.outcome;

import no.fellesgrunn.domain.common.Check;

/**
 * What a table found about its challenge, in the method's words.
 *
 * @param commonThird     the common third: the shared problem everyone at the table has a stake in
 * @param affected        who is affected
 * @param cannotSolveAlone what none of them can solve alone
 * @param ideas           ideas the table came up with
 */
public record Findings(String commonThird, String affected, String cannotSolveAlone, String ideas) {
    public static final Findings NONE = new Findings(null, null, null, null);

    public Findings {
        commonThird = Check.optionalText(commonThird, "common third", 4000);
        affected = Check.optionalText(affected, "who is affected", 4000);
        cannotSolveAlone = Check.optionalText(cannotSolveAlone, "what they cannot solve alone", 4000);
        ideas = Check.optionalText(ideas, "ideas", 4000);
    }
}
