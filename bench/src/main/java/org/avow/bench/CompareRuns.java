package org.avow.bench;

import org.avow.core.eval.GoldReader;
import org.avow.core.eval.GoldRecord;
import org.avow.core.eval.Triple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's table for one corpus: throughput of baseline and cascade from their RESULT lines,
 * the ratio, the events each found, the cascade's recall against the baseline (as a multiset of
 * {@code id, SRC ACT TGT}), and with {@code --truth} precision and recall of both against ground truth.
 * Each {@code --baseline} and {@code --cascade} pair is one run of that side; with several runs per
 * side it prints every run, the median tokens/s/core of each side with its min and max, and the ratio of
 * the medians. Events and recall are those of each side's first run (a later run that found other
 * events is named).
 *
 * <p>{@code java ... CompareRuns --corpus NAME (--baseline RESULT_FILE EVENTS)... (--cascade RESULT_FILE EVENTS)... [--truth GOLD]}
 */
public final class CompareRuns {
    private CompareRuns() {
    }

    /** One run of one side: its RESULT figures and the file of its events. */
    record Run(Map<String, String> figures, Path events) {
        double rate() {
            return Double.parseDouble(figures.get("tokens_per_cpu_s"));
        }
    }

    public static void main(String[] args) throws IOException {
        String corpus = "corpus";
        List<Run> bRuns = new ArrayList<>(), cRuns = new ArrayList<>();
        Path truth = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--baseline" -> bRuns.add(new Run(result(Path.of(args[++i])), Path.of(args[++i])));
                case "--cascade" -> cRuns.add(new Run(result(Path.of(args[++i])), Path.of(args[++i])));
                case "--truth" -> truth = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (bRuns.isEmpty() || cRuns.isEmpty()) throw new IllegalArgumentException("need --baseline and --cascade");
        Map<String, String> c = cRuns.get(0).figures();
        Map<String, Integer> be = events(bRuns.get(0).events());
        Map<String, Integer> ce = events(cRuns.get(0).events());
        boolean repeated = bRuns.size() > 1 || cRuns.size() > 1;
        System.out.printf(Locale.ROOT, "%n== %s: %s docs timed, %s tokens ==%n", corpus, c.get("docs"), c.get("tokens"));
        System.out.printf(Locale.ROOT, "%-9s%s %14s %9s %9s %8s %12s%n", "", repeated ? "  run" : "", "tokens/s/core", "tagged",
                "parsed", "events", "peak RSS MB");
        for (List<Run> side : List.of(bRuns, cRuns)) {
            for (int k = 0; k < side.size(); k++) {
                Map<String, String> r = side.get(k).figures();
                System.out.printf(Locale.ROOT, "%-9s%s %14.0f %9s %9s %8s %12s%n", r.get("mode"),
                        repeated ? String.format(Locale.ROOT, "%5d", k + 1) : "", side.get(k).rate(), r.get("tagged"),
                        r.get("parsed"), r.get("events"), r.get("peak_rss_mb"));
            }
        }
        double bMedian = median(rates(bRuns));
        double cMedian = median(rates(cRuns));
        if (repeated) {
            for (List<Run> side : List.of(bRuns, cRuns)) {
                double[] r = rates(side);
                System.out.printf(Locale.ROOT, "%s median tokens/s/core over %d runs: %.0f (min-max %.0f-%.0f)%n",
                        side.get(0).figures().get("mode"), r.length, median(r), Arrays.stream(r).min().orElseThrow(),
                        Arrays.stream(r).max().orElseThrow());
            }
            System.out.printf(Locale.ROOT, "throughput ratio of medians cascade/baseline: %.1f%n", cMedian / bMedian);
            for (List<Run> side : List.of(bRuns, cRuns)) {
                Map<String, Integer> first = events(side.get(0).events());
                for (int k = 1; k < side.size(); k++) {
                    if (!events(side.get(k).events()).equals(first)) {
                        System.out.printf(Locale.ROOT, "%s run %d found other events than run 1%n",
                                side.get(0).figures().get("mode"), k + 1);
                    }
                }
            }
        } else {
            System.out.printf(Locale.ROOT, "throughput ratio cascade/baseline: %.1f%n", cMedian / bMedian);
        }
        int common = intersection(be, ce);
        System.out.printf(Locale.ROOT, "cascade recall against baseline: %d/%d = %.4f (cascade events the baseline lacks: %d)%n",
                common, total(be), ratio(common, total(be)), total(ce) - common);
        if (truth != null) {
            Map<String, Integer> gold = new HashMap<>();
            for (GoldRecord g : GoldReader.read(truth)) {
                for (Triple t : g.triples()) gold.merge(g.article().id() + "\t" + t, 1, Integer::sum);
            }
            for (var side : List.of(Map.entry("baseline", be), Map.entry("cascade", ce))) {
                int tp = intersection(gold, side.getValue());
                System.out.printf(Locale.ROOT, "%s against ground truth: P %.3f R %.3f (%d true of %d found, %d in truth)%n",
                        side.getKey(), ratio(tp, total(side.getValue())), ratio(tp, total(gold)), tp,
                        total(side.getValue()), total(gold));
            }
        }
    }

    static double[] rates(List<Run> runs) {
        return runs.stream().mapToDouble(Run::rate).toArray();
    }

    /** The median; of an even count, the mean of the middle two. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static Map<String, String> result(Path p) throws IOException {
        for (String l : Files.readAllLines(p)) {
            if (!l.startsWith("RESULT ")) continue;
            Map<String, String> m = new HashMap<>();
            for (String kv : l.substring(7).split(" ")) {
                int eq = kv.indexOf('=');
                m.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            return m;
        }
        throw new IllegalArgumentException("no RESULT line in " + p);
    }

    /** Events as a multiset of "id TAB SRC ACT TGT"; the gold triples print the same way. */
    static Map<String, Integer> events(Path p) throws IOException {
        Map<String, Integer> m = new HashMap<>();
        for (String l : Files.readAllLines(p)) if (!l.isBlank()) m.merge(l, 1, Integer::sum);
        return m;
    }

    static int intersection(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (var e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return n;
    }

    static int total(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
