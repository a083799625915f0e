package org.avow.bench;

import org.avow.core.eval.GoldReader;
import org.avow.core.eval.GoldRecord;
import org.avow.core.eval.Triple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's table for one corpus: throughput of baseline and cascade from their RESULT lines,
 * the ratio, the events each found, the cascade's recall against the baseline (as a multiset of
 * {@code id, SRC ACT TGT}), and with {@code --truth} precision and recall of both against ground truth.
 *
 * <p>{@code java ... CompareRuns --corpus NAME --baseline RESULT_FILE EVENTS --cascade RESULT_FILE EVENTS [--truth GOLD]}
 */
public final class CompareRuns {
    private CompareRuns() {
    }

    public static void main(String[] args) throws IOException {
        String corpus = "corpus";
        Path bRes = null, bEv = null, cRes = null, cEv = null, truth = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--baseline" -> { bRes = Path.of(args[++i]); bEv = Path.of(args[++i]); }
                case "--cascade" -> { cRes = Path.of(args[++i]); cEv = Path.of(args[++i]); }
                case "--truth" -> truth = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Map<String, String> b = result(bRes);
        Map<String, String> c = result(cRes);
        Map<String, Integer> be = events(bEv);
        Map<String, Integer> ce = events(cEv);
        double bRate = Double.parseDouble(b.get("tokens_per_cpu_s"));
        double cRate = Double.parseDouble(c.get("tokens_per_cpu_s"));
        System.out.printf(Locale.ROOT, "%n== %s: %s docs timed, %s tokens ==%n", corpus, c.get("docs"), c.get("tokens"));
        System.out.printf(Locale.ROOT, "%-9s %14s %9s %9s %8s %12s%n", "", "tokens/s/core", "tagged", "parsed", "events", "peak RSS MB");
        for (Map<String, String> r : List.of(b, c)) {
            System.out.printf(Locale.ROOT, "%-9s %14.0f %9s %9s %8s %12s%n", r.get("mode"),
                    Double.parseDouble(r.get("tokens_per_cpu_s")), r.get("tagged"), r.get("parsed"), r.get("events"),
                    r.get("peak_rss_mb"));
        }
        System.out.printf(Locale.ROOT, "throughput ratio cascade/baseline: %.1f%n", cRate / bRate);
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
