package no.fellesgrunn.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the application's JVM spends, read from outside: its CPU time from /proc (user and system,
 * all threads) and its used heap after a full collection (jcmd GC.run, then GC.heap_info). Needs the
 * server's process id and the same user; Linux only.
 */
final class ServerProbe {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private final long pid;
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** CPU seconds the process has used so far (utime + stime, at 100 ticks a second). */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
        }
    }

    /** Used heap in KB after a full collection. */
    long heapAfterGcKb() {
        run("GC.run");
        Matcher used = USED.matcher(run("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd " + pid + " GC.heap_info");
        }
        return Long.parseLong(used.group(1));
    }

    private String run(String command) {
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
