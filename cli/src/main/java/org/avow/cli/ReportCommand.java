package org.avow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.avow.core.compare.Latency;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.avow.cli.Comparison.dbl;
import static org.avow.cli.Comparison.num;
import static org.avow.cli.Html.esc;

/**
 * {@code avow report}: one self-contained HTML page (charts inline as SVG, no external resources)
 * with the evidence behind every point, and each chart also as PNG and SVG. Every value from the
 * corpus is HTML-escaped.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report of a run (acts over time, ratio with its interval, latency curves,"
                + " cross-ally comparison, the evidence sentences with article ids) and its charts as PNG and SVG.")
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of avow run.")
    Path dir;

    @Option(names = "--to", paramLabel = "DIR", description = "Where to write the report (default: DIR/report).")
    Path to;

    @Option(names = "--ally", split = ",", paramLabel = "ISO3", description = "Only these allies.")
    List<String> allies;

    @Option(names = "--evidence", defaultValue = "8", description = "Evidence sentences per ally and window (default: ${DEFAULT-VALUE}).")
    int evidence;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunDirectory run = RunDirectory.openOrExplain(dir, "report", err);
        if (run == null) return 2;
        Path target = to != null ? to : dir.resolve("report");
        Path charts = target.resolve("charts");
        Files.createDirectories(charts);
        Comparison c = Comparison.read(run, allies);
        List<String> active = c.windows.keySet().stream().filter(c::active).toList();
        JsonNode m = run.manifest();
        JsonNode config = m.path("config");
        double level = config.path("confidence_level").asDouble(0.95);
        int horizon = config.path("horizon_days").asInt(60);

        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>avow report: ")
                .append(esc(c.patron)).append(" and its allies</title>\n<style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>").append(esc(c.patron)).append(" and its allies: requests, pledges and public affirmation</h1>\n");
        h.append("<p class=\"meta\">Run of ").append(esc(m.path("created").asText())).append(": ")
                .append(esc(m.path("counts").path("articles").asText())).append(" articles, ")
                .append(esc(m.path("counts").path("events").asText())).append(" events; window ").append(esc(c.window.name().toLowerCase(Locale.ROOT)))
                .append("; ").append(Math.round(level * 100)).append("% bootstrap intervals (")
                .append(esc(config.path("bootstrap_replicates").asText())).append(" replicates, articles resampled within a window, seed ")
                .append(esc(config.path("seed").asText())).append("); latency horizon ").append(horizon).append(" days, threshold ")
                .append(esc(config.path("threshold").asText())).append(". Extractor ").append(esc(m.path("versions").path("extractor").asText()))
                .append(", weights ").append(esc(m.path("versions").path("weights").asText())).append(".</p>\n");
        h.append(DEFINITIONS);

        h.append("<h2>Comparison across allies</h2>\n");
        h.append("<table><tr><th>ally</th><th>requests</th><th>pledges</th><th>affirmations</th><th>request + pledge weight</th>"
                + "<th>affirmation weight</th><th>ratio, whole period</th><th>cumulative gap</th><th>requests timed</th>"
                + "<th>median days to affirmation</th><th>answered within 7 days</th><th>within 30 days</th></tr>\n");
        for (String ally : active) {
            List<Map<String, Object>> rows = c.windows.get(ally);
            long req = 0, pl = 0, aff = 0;
            double asked = 0, affW = 0;
            for (Map<String, Object> r : rows) {
                req += num(r, "requests");
                pl += num(r, "pledges");
                aff += num(r, "affirmations");
                asked += dbl(r, "request_weight") + dbl(r, "pledge_weight");
                affW += dbl(r, "affirmation_weight");
            }
            List<Latency.Response> rs = c.responses(ally);
            Latency.Summary s = rs.isEmpty() ? null : Latency.summarize(rs);
            h.append("<tr><td><a href=\"#ally-").append(esc(ally)).append("\">").append(esc(ally)).append("</a></td><td>").append(req)
                    .append("</td><td>").append(pl).append("</td><td>").append(aff).append("</td><td>").append(f2(asked))
                    .append("</td><td>").append(f2(affW)).append("</td><td>").append(asked > 0 ? f2(affW / asked) : "-")
                    .append("</td><td>").append(f2(dbl(rows.get(rows.size() - 1), "cumulative_gap"))).append("</td><td>")
                    .append(rs.size()).append("</td><td>").append(s == null || s.medianDays() == null ? "-" : String.format(Locale.ROOT, "%.0f", s.medianDays()))
                    .append("</td><td>").append(s == null ? "-" : f2(s.answeredWithin7())).append("</td><td>")
                    .append(s == null ? "-" : f2(s.answeredWithin30())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!active.isEmpty()) {
            figure(h, Charts.write(Charts.overallRatio(c, active), charts, "overall-ratio"), "overall-ratio",
                    "All windows' affirmation weight over all request and pledge weight, per ally; 1.0 is parity.");
            figure(h, Charts.write(Charts.cumulativeGap(c, active), charts, "cumulative-gap"), "cumulative-gap",
                    "Running sum of the gap; a rising line is an ally giving more than it is publicly given.");
            figure(h, Charts.write(Charts.latency(c, horizon), charts, "latency"), "latency",
                    "Kaplan-Meier estimate of the share of an ally's requests followed by a qualifying affirmation within so many days;"
                            + " requests without one are censored at the horizon or where the corpus ends. Grey lines: 7 and 30 days.");
        }

        for (String ally : active) {
            String a = safe(ally);
            h.append("<h2 id=\"ally-").append(esc(ally)).append("\">").append(esc(c.patron)).append(" - ").append(esc(ally)).append("</h2>\n");
            figure(h, Charts.write(Charts.acts(c, ally), charts, "acts-" + a), "acts-" + a,
                    "Requests and pledges of " + ally + " to " + c.patron + ", and " + c.patron + "'s affirmations of " + ally + ", per window.");
            figure(h, Charts.write(Charts.ratio(c, ally, level), charts, "ratio-" + a), "ratio-" + a,
                    "Affirmation ratio per window (point) with its bootstrap interval (bar); windows where " + ally
                            + " asked and pledged nothing have no ratio and are not drawn; values above " + Charts.RATIO_CAP + " are drawn at the top.");
            latencyTable(h, c, ally);
            windowTable(h, c, ally);
        }
        h.append("<p class=\"meta\">Written by avow report from ").append(esc(dir.toAbsolutePath())).append(". Inputs and their SHA-256 are in the run's manifest.json.</p>\n");
        h.append("</body></html>\n");
        Path index = target.resolve("index.html");
        Files.writeString(index, h, StandardCharsets.UTF_8);
        Files.writeString(target.resolve("manifest.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        out.printf("wrote %s (%d allies, charts in %s)%n", index, active.size(), charts);
        out.flush();
        return 0;
    }

    private static void latencyTable(StringBuilder h, Comparison c, String ally) {
        List<Map<String, Object>> lat = c.latency.getOrDefault(ally, List.of());
        if (lat.isEmpty()) return;
        h.append("<h3>Latency of requests</h3>\n<table><tr><th>year</th><th>requests</th><th>answered</th><th>censored</th>"
                + "<th>median days (Kaplan-Meier)</th><th>answered within 7 days</th><th>within 30 days</th></tr>\n");
        for (Map<String, Object> r : lat) {
            h.append("<tr><td>").append(esc(r.get("year"))).append("</td><td>").append(num(r, "requests")).append("</td><td>")
                    .append(num(r, "answered")).append("</td><td>").append(num(r, "censored")).append("</td><td>")
                    .append(r.get("median_days") == null ? "-" : String.format(Locale.ROOT, "%.0f", (Double) r.get("median_days")))
                    .append("</td><td>").append(f2(dbl(r, "answered_within_7"))).append("</td><td>").append(f2(dbl(r, "answered_within_30")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void windowTable(StringBuilder h, Comparison c, String ally) {
        h.append("<h3>Windows and their evidence</h3>\n<table><tr><th>window</th><th>req</th><th>pledge</th><th>affirm</th>"
                + "<th>disap.</th><th>decl.</th><th>rival rebukes</th><th>ratio</th><th>interval</th><th>gap</th><th>cum. gap</th>"
                + "<th>articles</th><th>attention</th></tr>\n");
        for (Map<String, Object> r : c.windows.get(ally)) {
            String w = (String) r.get("window");
            h.append("<tr><td>").append(esc(w)).append("</td><td>").append(num(r, "requests")).append("</td><td>")
                    .append(num(r, "pledges")).append("</td><td>").append(num(r, "affirmations")).append("</td><td>")
                    .append(num(r, "disappointments")).append("</td><td>").append(num(r, "declines")).append("</td><td>")
                    .append(num(r, "rival_rebukes")).append("</td><td>").append(f2((Double) r.get("affirmation_ratio"))).append("</td><td>")
                    .append(r.get("ratio_ci_low") == null ? "" : "[" + f2((Double) r.get("ratio_ci_low")) + ", " + f2((Double) r.get("ratio_ci_high")) + "]")
                    .append("</td><td>").append(f2(dbl(r, "gap"))).append("</td><td>").append(f2(dbl(r, "cumulative_gap")))
                    .append("</td><td>").append(num(r, "articles")).append("</td><td>").append(num(r, "attention")).append("</td></tr>\n");
            List<Map<String, Object>> all = c.evidence.getOrDefault(ally, Map.of()).getOrDefault(w, List.of());
            if (all.isEmpty()) continue;
            h.append("<tr class=\"ev\"><td></td><td colspan=\"12\"><details><summary>").append(all.size())
                    .append(all.size() == 1 ? " event" : " events").append(" between ").append(esc(c.patron)).append(" and ").append(esc(ally))
                    .append(all.size() > evidence ? ", the " + evidence + " weightiest" : "").append("</summary><ul>\n");
            for (Map<String, Object> e : all.stream().limit(evidence).toList()) {
                h.append("<li><span class=\"act\">").append(esc(e.get("event_date"))).append(' ').append(esc(e.get("source_country")))
                        .append(' ').append(esc(e.get("act"))).append(' ').append(esc(e.get("target_country"))).append("</span> w=")
                        .append(f2((Double) e.get("weight"))).append(" [").append(esc(e.get("source_name"))).append(", ")
                        .append(esc(e.get("source_role"))).append(", ").append(esc(e.get("channel"))).append(", ")
                        .append(esc(e.get("evidentiality"))).append("] article <code>").append(esc(e.get("article_id")))
                        .append("</code>: <q>").append(esc(e.get("evidence"))).append("</q></li>\n");
            }
            h.append("</ul></details></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void figure(StringBuilder h, String svg, String name, String caption) {
        h.append("<figure>").append(svg).append("<figcaption>").append(esc(caption)).append(" (<a href=\"charts/").append(esc(name))
                .append(".png\">PNG</a>, <a href=\"charts/").append(esc(name)).append(".svg\">SVG</a>)</figcaption></figure>\n");
    }

    /** A file-name-safe form of an ally code. */
    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String f2(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    private static final String CSS = "body{font-family:Georgia,serif;max-width:960px;margin:2em auto;color:#222;line-height:1.4}"
            + "table{border-collapse:collapse;font-size:0.85em;margin:1em 0}td,th{border-bottom:1px solid #ddd;padding:2px 6px;text-align:right}"
            + "td:first-child,th:first-child{text-align:left}tr.ev td{text-align:left;border:none}"
            + "figure{margin:1.5em 0}figure svg{max-width:100%;height:auto}figcaption{font-size:0.85em;color:#555}"
            + ".meta{font-size:0.85em;color:#555}.act{font-family:monospace}q{font-style:italic}dt{font-weight:bold}";

    private static final String DEFINITIONS = "<dl>"
            + "<dt>Weight</dt><dd>role x channel x modality x evidentiality of an event, from the run's weight table: a president's formal"
            + " statement weighs about 1.0, a deputy spokesperson's social-media post about 0.1.</dd>"
            + "<dt>Affirmation ratio</dt><dd>the patron's affirmation weight toward the ally over the ally's request and pledge weight toward"
            + " the patron, per window; undefined where the ally asked and pledged nothing.</dd>"
            + "<dt>Gap</dt><dd>request + pledge weight - affirmation weight; the cumulative gap is its running sum.</dd>"
            + "<dt>Latency</dt><dd>days from a request to the patron's first affirmation of the ally at or above the weight threshold,"
            + " censored when none comes within the horizon.</dd></dl>\n";
}
