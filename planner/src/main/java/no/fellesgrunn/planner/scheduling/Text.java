package no.fellesgrunn.planner.scheduling;

/** A sentence for people, in Norwegian bokmål (shown first) and English. */
public record Text(String no, String en) {
    @Override
    public String toString() {
        return en;
    }
}
