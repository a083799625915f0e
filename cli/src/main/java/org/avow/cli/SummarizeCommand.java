package org.avow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/** {@code avow summarize}: per ally, months x requests/pledges/affirmations/ratio, and the top evidence. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Print a readable table per ally (months x requests, pledges, affirmations, ratio) and the"
                + " strongest evidence sentences, read from a run's Parquet output.")
public final class SummarizeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of avow run.")
    Path dir;

    @Option(names = "--ally", split = ",", paramLabel = "ISO3", description = "Only these allies.")
    List<String> allies;

    @Option(names = "--top", defaultValue = "3", description = "Evidence sentences per ally (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--width", defaultValue = "160", description = "Truncate evidence to this many characters.")
    int width;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunDirectory run;
        try {
            run = RunDirectory.open(dir);
        } catch (IllegalArgumentException e) {
            err.println("avow summarize: " + e.getMessage());
            err.flush();
            return 2;
        }
        JsonNode manifest = run.manifest();
        List<Map<String, Object>> windows = run.table("dyad_windows");
        List<Map<String, Object>> events = run.table("events");
        JsonNode counts = manifest.path("counts");
        String patron = manifest.path("config").path("patron").asText("USA");
        out.printf("avow summary of %s%n", dir);
        out.printf("records %d = %d articles + %d rejects + %d duplicates; %d events %s%n",
                counts.path("records_in").asLong(), counts.path("articles").asLong(), counts.path("rejects").asLong(),
                counts.path("duplicates").asLong(), counts.path("events").asLong(), counts.path("events_by_act"));
        out.println("ratio = affirmation weight / (request + pledge weight); '-' where the ally asked and pledged nothing.");

        Map<String, List<Map<String, Object>>> byAlly = new LinkedHashMap<>();
        windows.stream().sorted(Comparator.comparing((Map<String, Object> r) -> (String) r.get("ally"))
                        .thenComparing(r -> (String) r.get("window")))
                .forEach(r -> byAlly.computeIfAbsent((String) r.get("ally"), k -> new ArrayList<>()).add(r));
        for (var e : byAlly.entrySet()) {
            String ally = e.getKey();
            if (allies != null && !allies.contains(ally)) continue;
            List<Map<String, Object>> rows = e.getValue();
            if (rows.stream().allMatch(r -> num(r, "requests") + num(r, "pledges") + num(r, "affirmations") == 0)) continue;
            out.printf("%n== %s - %s ==%n", patron, ally);
            out.printf("%-8s %4s %6s %6s %5s %5s %6s %6s %8s  %s%n", "month", "req", "pledge", "affirm", "disap",
                    "decl", "rebuke", "ratio", "cum.gap", "ratio bar");
            for (Map<String, Object> r : rows) {
                long asked = num(r, "requests") + num(r, "pledges");
                long acts = asked + num(r, "affirmations") + num(r, "disappointments") + num(r, "declines") + num(r, "rival_rebukes");
                if (acts == 0) continue;
                Double ratio = (Double) r.get("affirmation_ratio");
                out.printf("%-8s %4d %6d %6d %5d %5d %6d %6s %8.2f  %s%n", r.get("window"), num(r, "requests"),
                        num(r, "pledges"), num(r, "affirmations"), num(r, "disappointments"), num(r, "declines"),
                        num(r, "rival_rebukes"), ratio == null ? "-" : String.format("%.2f", ratio),
                        (Double) r.get("cumulative_gap"), bar(ratio));
            }
            List<Map<String, Object>> evidence = events.stream()
                    .filter(ev -> dyad(ev, patron, ally))
                    .sorted(Comparator.comparing((Map<String, Object> ev) -> (Double) ev.get("weight")).reversed()
                            .thenComparing(ev -> (String) ev.get("event_id")))
                    .limit(top).toList();
            if (!evidence.isEmpty()) out.println("strongest evidence:");
            for (Map<String, Object> ev : evidence) {
                out.printf("  %s %s %s %s w=%.2f [%s, %s, %s] %s: %s%n", ev.get("event_date"), ev.get("source_country"),
                        ev.get("act"), Objects.requireNonNullElse(ev.get("target_country"), "-"), (Double) ev.get("weight"),
                        ev.get("source_name"), ev.get("source_role"), ev.get("channel"), ev.get("article_id"),
                        clip((String) ev.get("evidence")));
            }
        }
        out.flush();
        return 0;
    }

    private static boolean dyad(Map<String, Object> ev, String patron, String ally) {
        Object s = ev.get("source_country");
        Object t = ev.get("target_country");
        return patron.equals(s) && ally.equals(t) || ally.equals(s) && patron.equals(t);
    }

    private static long num(Map<String, Object> r, String k) {
        Object v = r.get(k);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 3) + "...";
    }

    /** Ten cells for a ratio of 0..2 (1.0 = affirmation matches what was asked and pledged). */
    static String bar(Double ratio) {
        if (ratio == null) return "";
        int n = (int) Math.round(Math.min(ratio, 2.0) * 5);
        return "#".repeat(n) + ".".repeat(10 - n) + (ratio > 2.0 ? "+" : "");
    }
}
