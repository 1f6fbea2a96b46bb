package com.siteline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One load run against a running Siteline: prepares the fixture, runs {@link SitelineSimulation} with Gatling in this
 * JVM, and prints what it measured beside the targets: requests and failures, round-trip percentiles, the heap a
 * session takes on the node (when its process id is given: {@code jcmd} after a full collection, before the run and
 * with every user signed in, and the classes that hold it), a node killed with SIGKILL mid-run (when its id is given:
 * how long its users took to be answered again, and the failures outside that window), and the ledger recounted in
 * the database. Settings are system properties {@code siteline.load.*} (see {@link #main}).
 */
public final class LoadRun {

    /** The figures of one run. */
    public record Result(
            String label,
            int agents,
            int managers,
            int customers,
            long requests,
            long failed,
            double p50,
            double p95,
            double p99,
            double max,
            double perSecond,
            long contacts,
            long steps,
            int missing,
            int duplicated,
            int unledgered,
            Heap heap,
            Failover failover,
            double nodeCpuMsPerRequest,
            double generatorCpuSeconds,
            double seconds,
            Path report) {

        /** Whether the run meets the targets it was measured against. */
        public boolean clean() {
            return failed == 0 && missing == 0 && duplicated == 0 && unledgered == 0;
        }
    }

    /** The node's live heap before the run and with all sessions open, per session, and what grew most. */
    public record Heap(long beforeBytes, long loadedBytes, int sessions, List<String> topClasses) {
        public long perSession() {
            return sessions == 0 ? 0 : Math.max(0, loadedBytes - beforeBytes) / sessions;
        }
    }

    /**
     * A node killed mid-run: when, how many users a message failed for, the longest any of them waited from their
     * first failed message to a right answer again, and the failed messages within 10 s of the kill and outside.
     */
    public record Failover(
            Instant killedAt,
            int usersHit,
            int mostFailedForOneUser,
            double slowestBackSeconds,
            long failedInWindow,
            long failedOutside) {}

    public static void main(String[] args) throws Exception {
        Result result = run(
                System.getProperty("siteline.load.label", "one node"),
                System.getProperty("siteline.load.url", "http://localhost:8080"),
                System.getProperty("siteline.load.db-url", "jdbc:mariadb://127.0.0.1:3306/siteline_load"),
                System.getProperty("siteline.load.db-user", "root"),
                System.getProperty("siteline.load.db-password", ""),
                Integer.getInteger("siteline.load.agents", 300),
                Integer.getInteger("siteline.load.managers", 10),
                Integer.getInteger("siteline.load.customers", 20),
                Duration.ofSeconds(Integer.getInteger("siteline.load.ramp", 120)),
                Duration.ofSeconds(Integer.getInteger("siteline.load.hold", 180)),
                Duration.ofSeconds(Integer.getInteger("siteline.load.think", 5)),
                Long.getLong("siteline.load.heap-pid"),
                Long.getLong("siteline.load.kill-pid"),
                Path.of(System.getProperty("siteline.load.results", "target/gatling")));
        System.out.println(table(List.of(result)));
        System.exit(result.clean() ? 0 : 1);
    }

    public static Result run(
            String label,
            String url,
            String dbUrl,
            String dbUser,
            String dbPassword,
            int agents,
            int managers,
            int customers,
            Duration ramp,
            Duration hold,
            Duration think,
            Long heapPid,
            Long killPid,
            Path results)
            throws Exception {
        String run = DateTimeFormatter.ofPattern("MMddHHmmss")
                .withZone(java.time.ZoneOffset.UTC)
                .format(Instant.now());
        LoadFixture fixture = new LoadFixture(dbUrl, dbUser, dbPassword);
        LoadPlan plan = new LoadPlan(
                run,
                url,
                fixture.agents(run, agents),
                managers,
                fixture.customers(run, customers),
                ramp,
                hold,
                think.dividedBy(2),
                think.multipliedBy(3).dividedBy(2),
                fixture,
                new Ledger(),
                new RequestLog());
        LoadPlan.current = plan;
        int sessions = plan.agents().size() + managers + plan.customers().size();
        Map<String, long[]> before = heapPid == null ? Map.of() : histogram(heapPid);
        // the heap with every user signed in: after the ramp and a third of the hold; a kill comes after it
        Instant sampleAt = Instant.now().plus(ramp).plus(hold.dividedBy(3));
        Instant killAt = Instant.now().plus(ramp).plus(hold.dividedBy(2));
        List<Map<String, long[]>> loaded = new ArrayList<>();
        Instant[] killed = {null};
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            try {
                if (heapPid != null) {
                    sleepUntil(sampleAt);
                    loaded.add(histogram(heapPid));
                }
                if (killPid != null) {
                    sleepUntil(killAt);
                    ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly);
                    killed[0] = Instant.now();
                    System.out.println("== killed node " + killPid + " (SIGKILL) at " + killed[0]);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Files.createDirectories(results);
        long nodeCpuBefore = heapPid == null ? 0 : cpuMillis(heapPid);
        Duration generatorBefore =
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        Instant started = Instant.now();
        io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation", SitelineSimulation.class.getName(),
            "--results-folder", results.toAbsolutePath().toString(),
            "--run-description", label
        });
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        long nodeCpu = heapPid == null ? 0 : cpuMillis(heapPid) - nodeCpuBefore;
        double generatorCpu = (ProcessHandle.current()
                                .info()
                                .totalCpuDuration()
                                .orElse(Duration.ZERO)
                                .toMillis()
                        - generatorBefore.toMillis())
                / 1000.0;
        watcher.join(Duration.ofSeconds(30));
        Path report = latest(results);
        Map<Integer, Double> stats = stats(report);
        Map<String, Integer> written = fixture.written(run);
        Map<String, Long> ledgered = new HashMap<>();
        plan.ledger().entries().forEach(e -> ledgered.merge(e.marker(), 1L, Long::sum));
        int missing = 0;
        int duplicated = 0;
        for (String marker : ledgered.keySet()) {
            int n = written.getOrDefault(marker, 0);
            if (n == 0) {
                missing++;
            } else if (n > 1) {
                duplicated++;
            }
        }
        int unledgered = (int)
                written.keySet().stream().filter(m -> !ledgered.containsKey(m)).count();
        Failover failover = killed[0] == null ? null : failover(plan.requests().requests(), killed[0]);
        return new Result(
                label,
                plan.agents().size(),
                managers,
                plan.customers().size(),
                stats.getOrDefault(2, 0.0).longValue(),
                stats.getOrDefault(4, 0.0).longValue(),
                stats.getOrDefault(8, 0.0),
                stats.getOrDefault(10, 0.0),
                stats.getOrDefault(11, 0.0),
                stats.getOrDefault(12, 0.0),
                stats.getOrDefault(6, 0.0),
                plan.ledger().count(Ledger.Kind.CONTACT),
                plan.ledger().count(Ledger.Kind.STEP),
                missing,
                duplicated,
                unledgered,
                heapPid == null || loaded.isEmpty() ? null : heap(before, loaded.get(0), sessions),
                failover,
                stats.getOrDefault(2, 0.0) == 0 ? 0 : nodeCpu / stats.get(2),
                generatorCpu,
                seconds,
                report);
    }

    /** The process's CPU time so far (user and system, from /proc), in ms; the two heap samples' own GCs included. */
    static long cpuMillis(long pid) {
        try {
            String[] stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"))
                    .replaceAll("^.*\\) ", "")
                    .split(" ");
            // after the command: state is field 3, utime 14 and stime 15 (1-based), so 11 and 12 here
            return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Users who failed after the kill, when each was answered right again; failures in and outside 10 s. */
    static Failover failover(List<RequestLog.Request> requests, Instant killedAt) {
        long kill = killedAt.toEpochMilli();
        long window = kill + 10_000;
        Map<Long, Long> firstFailure = new HashMap<>();
        Map<Long, Integer> failures = new HashMap<>();
        Map<Long, Long> backAt = new HashMap<>();
        List<RequestLog.Request> sorted = requests.stream()
                .sorted(Comparator.comparingLong(RequestLog.Request::sentAt))
                .toList();
        long inWindow = 0;
        long outside = 0;
        for (RequestLog.Request r : sorted) {
            if (!r.ok()) {
                if (r.sentAt() >= kill - 1_000 && r.sentAt() <= window) {
                    inWindow++;
                } else {
                    outside++;
                }
                if (r.sentAt() >= kill - 1_000) {
                    firstFailure.putIfAbsent(r.user(), r.sentAt());
                    failures.merge(r.user(), 1, Integer::sum);
                }
            } else if (firstFailure.containsKey(r.user()) && !backAt.containsKey(r.user())) {
                backAt.put(r.user(), r.sentAt());
            }
        }
        // from a user's first failed message to their first right answer again (a user who never got one counts as
        // the rest of the run)
        long end = sorted.isEmpty() ? kill : sorted.get(sorted.size() - 1).sentAt();
        double slowest = firstFailure.entrySet().stream()
                .mapToDouble(e -> (backAt.getOrDefault(e.getKey(), end) - e.getValue()) / 1000.0)
                .max()
                .orElse(0);
        int most = failures.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Failover(killedAt, firstFailure.size(), most, slowest, inWindow, outside);
    }

    // ---- the node's heap, by the JDK's own jcmd ----

    /**
     * The live objects on the node's heap by class (jcmd GC.class_histogram, which collects first): bytes and
     * instances, with the total under the key "Total".
     */
    static Map<String, long[]> histogram(long pid) {
        Map<String, long[]> classes = new HashMap<>();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");
        java.util.regex.Pattern total = java.util.regex.Pattern.compile("Total\\s+(\\d+)\\s+(\\d+).*");
        for (String l : jcmd(pid, "GC.class_histogram").lines().toList()) {
            java.util.regex.Matcher m = line.matcher(l);
            if (m.matches()) {
                classes.put(m.group(3), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))});
            } else if ((m = total.matcher(l.strip())).matches()) {
                classes.put("Total", new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))});
            }
        }
        return classes;
    }

    /** What the sessions added to the heap, and the classes that grew most (bytes and instances a session). */
    static Heap heap(Map<String, long[]> before, Map<String, long[]> loaded, int sessions) {
        List<String> top = loaded.entrySet().stream()
                .filter(e -> !e.getKey().equals("Total"))
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]
                }))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                        .reversed())
                .limit(15)
                .map(e -> String.format(
                        Locale.ROOT,
                        "%-70s %8.1f KB %7.0f objects a session",
                        e.getKey(),
                        e.getValue()[0] / 1024.0 / Math.max(1, sessions),
                        e.getValue()[1] / (double) Math.max(1, sessions)))
                .toList();
        return new Heap(
                before.getOrDefault("Total", new long[2])[0],
                loaded.getOrDefault("Total", new long[2])[0],
                sessions,
                top);
    }

    private static String jcmd(long pid, String command) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    // ---- Gatling's figures, from the report it wrote ----

    private static Path latest(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report in " + results));
        }
    }

    /**
     * The "All Requests" row of Gatling's report (index.html): column 2 the requests, 4 the failed, 6 per second,
     * 8 the median, 10 the 95th and 11 the 99th percentile, 12 the slowest (ms).
     */
    static Map<Integer, Double> stats(Path report) throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        int root = html.indexOf("<tr id=\"ROOT\"");
        String row = html.substring(root, html.indexOf("</tr>", root));
        Map<Integer, Double> columns = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<td class=\"value [a-z ]*col-(\\d+)\">([^<]*)</td>")
                .matcher(row);
        while (m.find()) {
            String value = m.group(2).replace(",", "").strip();
            columns.put(Integer.parseInt(m.group(1)), value.equals("-") ? 0 : Double.parseDouble(value));
        }
        return columns;
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long ms = Duration.between(Instant.now(), when).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    // ---- the table ----

    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| run | agents / managers / customers | requests | failed | p50 ms | p95 ms (target ≤ 150) | p99 ms"
                + " | max ms | req/s | contacts + steps written | in the database exactly once |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d / %d / %d | %d | %d | %.0f | %.0f | %.0f | %.0f | %.1f | %d + %d | %s |%n",
                    r.label(),
                    r.agents(),
                    r.managers(),
                    r.customers(),
                    r.requests(),
                    r.failed(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.max(),
                    r.perSecond(),
                    r.contacts(),
                    r.steps(),
                    r.missing() == 0 && r.duplicated() == 0 && r.unledgered() == 0
                            ? "yes"
                            : "no: " + r.missing() + " missing, " + r.duplicated() + " twice, " + r.unledgered()
                                    + " not in the ledger"));
        }
        for (Result r : results) {
            if (r.heap() != null) {
                out.append(String.format(
                        Locale.ROOT,
                        "%nHeap (%s): %.1f MiB before, %.1f MiB with %d sessions: %.0f KB a session (target ≤ 200)%n",
                        r.label(),
                        r.heap().beforeBytes() / 1048576.0,
                        r.heap().loadedBytes() / 1048576.0,
                        r.heap().sessions(),
                        r.heap().perSession() / 1024.0));
                r.heap().topClasses().forEach(l -> out.append("    ").append(l).append('\n'));
            }
            if (r.failover() != null) {
                out.append(String.format(
                        Locale.ROOT,
                        "%nNode killed (%s): %d users hit, at most %d failed messages each; the slowest answered"
                                + " again %.1f s after its first failure (target ≤ 10);"
                                + " %d failed messages within 10 s of the kill, %d outside it (target 0)%n",
                        r.label(),
                        r.failover().usersHit(),
                        r.failover().mostFailedForOneUser(),
                        r.failover().slowestBackSeconds(),
                        r.failover().failedInWindow(),
                        r.failover().failedOutside()));
            }
            if (r.nodeCpuMsPerRequest() > 0) {
                out.append(String.format(
                        Locale.ROOT,
                        "CPU (%s): the node %.1f ms a request (%.0f%% of one core over the run's %.0f s),"
                                + " the load generator %.0f s (%.0f%% of one core)%n",
                        r.label(),
                        r.nodeCpuMsPerRequest(),
                        r.nodeCpuMsPerRequest() * r.requests() / (r.seconds() * 10),
                        r.seconds(),
                        r.generatorCpuSeconds(),
                        100 * r.generatorCpuSeconds() / r.seconds()));
            }
            out.append("Report: ").append(r.report()).append('\n');
        }
        return out.toString();
    }
}
