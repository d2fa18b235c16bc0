package no.fellesgrunn.loadtest;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time of each page view (all its requests, from the first sent to the last answered) and
 * whether it failed, per page; printed as p50/p95/p99, count, errors and rate at the end. Gatling's
 * own report (target/gatling/...) has the same steps as groups, and every single request.
 */
final class PageTimes {
    private static final Map<String, ConcurrentLinkedQueue<Long>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();
    private static volatile long first = Long.MAX_VALUE;
    private static volatile long last;

    /** The steps as one timed page view called {@code page}. */
    static ChainBuilder timed(String page, ChainBuilder steps) {
        return exec(session -> session.markAsSucceeded().set("pageStart", System.nanoTime()))
                .group(page).on(steps)
                .exec(session -> {
                    long end = System.nanoTime();
                    long start = session.getLong("pageStart");
                    record(page, (end - start) / 1_000_000, session.isFailed(), start, end);
                    return session.markAsSucceeded();
                });
    }

    private static synchronized void window(long start, long end) {
        first = Math.min(first, start);
        last = Math.max(last, end);
    }

    static void record(String page, long millis, boolean failed, long start, long end) {
        window(start, end);
        if (failed) {
            ERRORS.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
        } else {
            TIMES.computeIfAbsent(page, p -> new ConcurrentLinkedQueue<>()).add(millis);
        }
    }

    static int pageViews() {
        return TIMES.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum()
                + ERRORS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    static double seconds() {
        return last > first ? (last - first) / 1e9 : 0;
    }

    static String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-40s %7s %7s %8s %8s %8s %8s%n", "page view",
                "ok", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        List<String> pages = new ArrayList<>(TIMES.keySet());
        ERRORS.keySet().stream().filter(p -> !pages.contains(p)).forEach(pages::add);
        pages.sort(null);
        for (String page : pages) {
            List<Long> times = new ArrayList<>(TIMES.getOrDefault(page, new ConcurrentLinkedQueue<>()));
            times.sort(null);
            out.append(String.format(Locale.ROOT, "%-40s %7d %7d %8d %8d %8d %8d%n", page, times.size(),
                    ERRORS.getOrDefault(page, new AtomicInteger()).get(), at(times, 50), at(times, 95), at(times, 99),
                    times.isEmpty() ? 0 : times.get(times.size() - 1)));
        }
        double seconds = seconds();
        out.append(String.format(Locale.ROOT, "%d page views in %.1f s: %.1f page views/s%n", pageViews(), seconds,
                seconds > 0 ? pageViews() / seconds : 0));
        return out.toString();
    }

    private static long at(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private PageTimes() {
    }
}
