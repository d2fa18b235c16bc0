package no.fellesgrunn.domain.common;

/** A status was asked to move along a transition its life cycle does not allow. */
public class IllegalTransitionException extends DomainException {
    public IllegalTransitionException(String what, Enum<?> from, Enum<?> to, java.util.Set<? extends Enum<?>> allowed) {
        super(
                allowed.isEmpty() ? DomainError.STATUS_FINAL : DomainError.STATUS_CANNOT_MOVE,
                what + " cannot move from " + from + " to " + to
                        + (allowed.isEmpty() ? " (" + from + " is final)" : "; allowed next: " + allowed),
                from,
                to);
    }
}
