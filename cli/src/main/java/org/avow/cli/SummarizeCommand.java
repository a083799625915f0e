package org.avow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import static org.avow.cli.Comparison.dbl;
import static org.avow.cli.Comparison.num;

/** {@code avow summarize}: per ally, a table of windows with a sparkline of the ratio, the largest gaps with evidence, the latency. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Print per ally a table of windows (requests, pledges, affirmations, ratio with its interval, gap),"
                + " a sparkline of the ratio, the largest gaps with their evidence sentences, and the response latency,"
                + " read from a run's Parquet output.")
public final class SummarizeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of avow run.")
    Path dir;

    @Option(names = "--ally", split = ",", paramLabel = "ISO3", description = "Only these allies.")
    List<String> allies;

    @Option(names = "--top", defaultValue = "3", description = "Largest gaps per ally, and evidence sentences per gap (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--width", defaultValue = "160", description = "Truncate evidence to this many characters.")
    int width;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunDirectory run = RunDirectory.openOrExplain(dir, "summarize", err);
        if (run == null) return 2;
        JsonNode manifest = run.manifest();
        Comparison c = Comparison.read(run, allies);
        JsonNode counts = manifest.path("counts");
        JsonNode config = manifest.path("config");
        out.printf("avow summary of %s%n", dir);
        out.printf("records %d = %d articles + %d rejects + %d duplicates; %d events %s%n",
                counts.path("records_in").asLong(), counts.path("articles").asLong(), counts.path("rejects").asLong(),
                counts.path("duplicates").asLong(), counts.path("events").asLong(), counts.path("events_by_act"));
        out.printf("ratio = affirmation weight / (request + pledge weight), '-' where the ally asked and pledged nothing;"
                        + " [%s%% bootstrap interval, %s replicates, seed %s]; window %s; latency horizon %s days, threshold %s%n",
                Math.round(config.path("confidence_level").asDouble(0.95) * 100), config.path("bootstrap_replicates").asText("?"),
                config.path("seed").asText("?"), c.window.name().toLowerCase(), config.path("horizon_days").asText("?"),
                config.path("threshold").asText("?"));

        for (String ally : c.windows.keySet()) {
            if (!c.active(ally)) continue;
            List<Map<String, Object>> rows = c.windows.get(ally);
            out.printf("%n== %s - %s ==%n", c.patron, ally);
            out.printf("ratio %s..%s  %s  (one character per %s; full block = 1.0 or more, dot = nothing asked or pledged)%n",
                    rows.get(0).get("window"), rows.get(rows.size() - 1).get("window"),
                    Sparkline.of(c.contiguous(ally).stream().map(r -> r == null ? null : (Double) r.get("affirmation_ratio")).toList(), 1.0),
                    c.window.name().toLowerCase());
            out.printf("%-8s %4s %6s %6s %5s %5s %6s %6s %-13s %7s %8s %5s%n", "window", "req", "pledge", "affirm", "disap",
                    "decl", "rebuke", "ratio", "interval", "gap", "cum.gap", "att");
            for (Map<String, Object> r : rows) {
                long acts = num(r, "requests") + num(r, "pledges") + num(r, "affirmations") + num(r, "disappointments")
                        + num(r, "declines") + num(r, "rival_rebukes");
                if (acts == 0) continue;
                out.printf("%-8s %4d %6d %6d %5d %5d %6d %6s %-13s %7.2f %8.2f %5d%n", r.get("window"), num(r, "requests"),
                        num(r, "pledges"), num(r, "affirmations"), num(r, "disappointments"), num(r, "declines"),
                        num(r, "rival_rebukes"), fmt((Double) r.get("affirmation_ratio")),
                        r.get("ratio_ci_low") == null ? "" : "[" + fmt((Double) r.get("ratio_ci_low")) + ", " + fmt((Double) r.get("ratio_ci_high")) + "]",
                        dbl(r, "gap"), dbl(r, "cumulative_gap"), num(r, "attention"));
            }
            List<Map<String, Object>> gaps = c.largestGaps(ally, top);
            if (!gaps.isEmpty()) out.println("largest gaps (what the ally asked and pledged, what the patron affirmed):");
            for (Map<String, Object> g : gaps) {
                out.printf("  %s  gap %.2f [%s, %s]  ratio %s%n", g.get("window"), dbl(g, "gap"), fmt((Double) g.get("gap_ci_low")),
                        fmt((Double) g.get("gap_ci_high")), fmt((Double) g.get("affirmation_ratio")));
                for (boolean fromAlly : new boolean[]{true, false}) {
                    List<Map<String, Object>> evs = c.evidence(ally, (String) g.get("window"), fromAlly, top);
                    if (evs.isEmpty() && !fromAlly) out.printf("    (no %s event toward %s in this window)%n", c.patron, ally);
                    for (Map<String, Object> ev : evs) {
                        out.printf("    %s %s %s %s w=%.2f [%s, %s, %s] %s: %s%n", ev.get("event_date"), ev.get("source_country"),
                                ev.get("act"), Objects.requireNonNullElse(ev.get("target_country"), "-"), (Double) ev.get("weight"),
                                ev.get("source_name"), ev.get("source_role"), ev.get("channel"), ev.get("article_id"),
                                clip((String) ev.get("evidence")));
                    }
                }
            }
            List<Map<String, Object>> lat = c.latency.getOrDefault(ally, List.of());
            if (!lat.isEmpty()) {
                out.println("latency of requests (Kaplan-Meier; censored = unanswered within the horizon or before the corpus ends):");
                out.printf("  %-5s %8s %8s %8s %11s %8s %8s%n", "year", "requests", "answered", "censored", "median days", "<=7d", "<=30d");
                for (Map<String, Object> r : lat) {
                    out.printf("  %-5s %8d %8d %8d %11s %8.2f %8.2f%n", r.get("year"), num(r, "requests"), num(r, "answered"),
                            num(r, "censored"), r.get("median_days") == null ? "-" : String.format("%.0f", (Double) r.get("median_days")),
                            dbl(r, "answered_within_7"), dbl(r, "answered_within_30"));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format("%.2f", d);
    }

    private String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 3) + "...";
    }
}
