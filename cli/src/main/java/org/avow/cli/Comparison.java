package org.avow.cli;

import org.avow.core.compare.WindowSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A complete run's comparison tables, grouped per ally, as the verbs that report on them need them. */
final class Comparison {
    final String patron;
    final WindowSize window;
    /** ally -> its windows in time order */
    final Map<String, List<Map<String, Object>>> windows = new TreeMap<>();
    /** ally -> window label -> the dyad's events in that window, weightiest first */
    final Map<String, Map<String, List<Map<String, Object>>>> evidence = new TreeMap<>();
    /** ally -> latency summary rows by year */
    final Map<String, List<Map<String, Object>>> latency = new TreeMap<>();
    /** ally -> one row per request (answered or censored) */
    final Map<String, List<Map<String, Object>>> requests = new TreeMap<>();

    private Comparison(String patron, WindowSize window) {
        this.patron = patron;
        this.window = window;
    }

    static Comparison read(RunDirectory run, List<String> onlyAllies) {
        String patron = run.manifest().path("config").path("patron").asText("USA");
        WindowSize w = WindowSize.parse(run.manifest().path("config").path("window").asText("month"));
        Comparison c = new Comparison(patron, w);
        for (Map<String, Object> r : run.table("dyad_windows")) {
            String ally = (String) r.get("ally");
            if (onlyAllies == null || onlyAllies.contains(ally)) c.windows.computeIfAbsent(ally, k -> new ArrayList<>()).add(r);
        }
        c.windows.values().forEach(rows -> rows.sort(Comparator.comparing(r -> (String) r.get("window"))));
        for (Map<String, Object> e : run.table("events")) {
            String ally = c.allyOf(e);
            if (ally == null || !c.windows.containsKey(ally)) continue;
            String label = w.label((LocalDate) e.get("event_date"));
            c.evidence.computeIfAbsent(ally, k -> new LinkedHashMap<>()).computeIfAbsent(label, k -> new ArrayList<>()).add(e);
        }
        Comparator<Map<String, Object>> weightiest = Comparator.comparing((Map<String, Object> e) -> (Double) e.get("weight"))
                .reversed().thenComparing(e -> (String) e.get("event_id"));
        c.evidence.values().forEach(m -> m.values().forEach(l -> l.sort(weightiest)));
        for (Map<String, Object> r : run.table("latency_summary")) {
            if (c.windows.containsKey((String) r.get("ally"))) c.latency.computeIfAbsent((String) r.get("ally"), k -> new ArrayList<>()).add(r);
        }
        c.latency.values().forEach(rows -> rows.sort(Comparator.comparing(r -> (Integer) r.get("year"))));
        for (Map<String, Object> r : run.table("latency")) {
            if (c.windows.containsKey((String) r.get("ally"))) c.requests.computeIfAbsent((String) r.get("ally"), k -> new ArrayList<>()).add(r);
        }
        c.requests.values().forEach(rows -> rows.sort(Comparator.comparing((Map<String, Object> r) -> r.get("request_date").toString())
                .thenComparing(r -> (String) r.get("request_event_id"))));
        return c;
    }

    /** The ally an event concerns: the other party of an act between patron and ally. */
    private String allyOf(Map<String, Object> e) {
        Object s = e.get("source_country");
        Object t = e.get("target_country");
        if (patron.equals(s) && t != null) return (String) t;
        if (patron.equals(t)) return (String) s;
        return null;
    }

    /** Whether an ally's series has any request, pledge or affirmation at all. */
    boolean active(String ally) {
        return windows.get(ally).stream().anyMatch(r -> num(r, "requests") + num(r, "pledges") + num(r, "affirmations") > 0);
    }

    /** The ally's windows with the largest gaps, largest first. */
    List<Map<String, Object>> largestGaps(String ally, int n) {
        return windows.get(ally).stream().filter(r -> (Double) r.get("gap") > 0)
                .sorted(Comparator.comparing((Map<String, Object> r) -> (Double) r.get("gap")).reversed()
                        .thenComparing(r -> (String) r.get("window")))
                .limit(n).toList();
    }

    /** The weightiest events between patron and ally in a window: the ally's ({@code fromAlly}) or the patron's. */
    List<Map<String, Object>> evidence(String ally, String window, boolean fromAlly, int n) {
        return evidence.getOrDefault(ally, Map.of()).getOrDefault(window, List.of()).stream()
                .filter(e -> ally.equals(e.get("source_country")) == fromAlly).limit(n).toList();
    }

    /**
     * The ally's windows from its first to its last, with the windows that have no row (no event,
     * no article) as null: a time axis without holes for charts and sparklines.
     */
    List<Map<String, Object>> contiguous(String ally) {
        List<Map<String, Object>> rows = windows.get(ally);
        TreeMap<LocalDate, Map<String, Object>> byStart = new TreeMap<>();
        for (Map<String, Object> r : rows) byStart.put((LocalDate) r.get("window_start"), r);
        List<Map<String, Object>> out = new ArrayList<>();
        for (LocalDate d = byStart.firstKey(); !d.isAfter(byStart.lastKey()); d = window.next(d)) {
            out.add(byStart.get(d));
        }
        return out;
    }

    /** The ally's requests as latency responses (answered or censored), for Kaplan–Meier over all years. */
    List<org.avow.core.compare.Latency.Response> responses(String ally) {
        List<org.avow.core.compare.Latency.Response> rs = new ArrayList<>();
        for (Map<String, Object> r : requests.getOrDefault(ally, List.of())) {
            rs.add(new org.avow.core.compare.Latency.Response((Integer) r.get("observed_days"), (Boolean) r.get("answered"), null));
        }
        return rs;
    }

    static long num(Map<String, Object> r, String k) {
        Object v = r.get(k);
        return v == null ? 0 : ((Number) v).longValue();
    }

    static double dbl(Map<String, Object> r, String k) {
        Object v = r.get(k);
        return v == null ? 0 : ((Number) v).doubleValue();
    }
}
