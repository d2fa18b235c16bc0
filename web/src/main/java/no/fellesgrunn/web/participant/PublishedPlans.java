package no.fellesgrunn.web.participant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import org.springframework.stereotype.Component;

/**
 * The published plan versions participants read, kept in memory by id. A published version never
 * changes again (editing it makes a new draft), so a cached one is never stale; which versions are
 * current is asked of the database on every read (one small query), so a new publication is seen
 * at once. Bounded: a few events' worth of plans.
 */
@Component
public class PublishedPlans {
    private final PlanRepository plans;
    private final Cache<UUID, PlanVersion> byId =
            Caffeine.newBuilder().maximumSize(64).build();

    public PublishedPlans(PlanRepository plans) {
        this.plans = plans;
    }

    /** The event's latest published versions, newest first, at most {@code count}. */
    public List<PlanVersion> latest(UUID eventId, int count) {
        List<PlanVersion> result = new ArrayList<>();
        for (UUID id : plans.latestPublishedIds(eventId, count)) {
            version(id).ifPresent(result::add);
        }
        return result;
    }

    private Optional<PlanVersion> version(UUID id) {
        PlanVersion cached = byId.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PlanVersion> loaded = plans.findById(id);
        // Only a version read as published is safe to keep (it cannot change any more).
        loaded.filter(p -> p.status() == PlanStatus.PUBLISHED).ifPresent(p -> byId.put(id, p));
        return loaded;
    }
}
