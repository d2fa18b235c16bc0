package no.fellesgrunn.web.organiser.participants;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the organiser workspace's long work (file checks and imports) off the UI thread, as the
 * person who started it: the signed-in user's security context goes along, so the services'
 * role and event checks apply unchanged. Two threads: the machine is small and an import is
 * rarely run by two organisers at once.
 */
@Component
public class BackgroundWork {
    private final ExecutorService threads;

    public BackgroundWork() {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "organiser-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.threads = pool;
    }

    /**
     * Runs the work on a background thread as the person signed in on the calling thread. The
     * context is copied through {@link SecurityContextHolder}'s current strategy (Vaadin installs
     * its own at start-up, after this bean may have been made), so method security sees it.
     */
    public <T> CompletableFuture<T> run(Supplier<T> work) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(
                () -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(who);
                    SecurityContextHolder.setContext(context);
                    try {
                        return work.get();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                threads);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
