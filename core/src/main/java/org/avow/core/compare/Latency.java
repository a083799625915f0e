package org.avow.core.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;

/**
 * Response latency: for each request of an ally to the patron, the days until the patron's first
 * qualifying affirmation of that ally, or censored when none comes within the horizon or before
 * the observation ends; summarised per dyad and year by Kaplan–Meier.
 */
public final class Latency {
    /**
     * @param days     days from the request to the affirmation when answered; otherwise the days
     *                 the request was observed unanswered (the censoring time)
     * @param answered false when censored
     */
    public record Response(int days, boolean answered, LocalDate answeredOn) {
    }

    /** A step of the Kaplan–Meier curve: from {@code day} on, {@code answeredShare} = 1 - S(day) of the requests are answered. */
    public record Step(int day, double answeredShare) {
    }

    /** Kaplan–Meier summary; median null when the survival curve never falls to 0.5. */
    public record Summary(int requests, int answered, int censored, Double medianDays, double answeredWithin7,
                          double answeredWithin30) {
    }

    private Latency() {
    }

    /**
     * The first qualifying affirmation on or after the request date and at most {@code horizonDays}
     * later. Unanswered requests are censored at the horizon, or earlier at {@code observationEnd}
     * (the last date the corpus covers) when the horizon reaches past it.
     *
     * @param affirmations dates of the patron's qualifying affirmations of the ally, in any order
     */
    public static Response respond(LocalDate requested, List<LocalDate> affirmations, int horizonDays, LocalDate observationEnd) {
        if (horizonDays < 0) throw new IllegalArgumentException("horizon must not be negative: " + horizonDays);
        LocalDate first = null;
        for (LocalDate d : affirmations) {
            long days = ChronoUnit.DAYS.between(requested, d);
            if (days >= 0 && days <= horizonDays && (first == null || d.isBefore(first))) first = d;
        }
        if (first != null) return new Response((int) ChronoUnit.DAYS.between(requested, first), true, first);
        long observed = Math.max(0, ChronoUnit.DAYS.between(requested, observationEnd));
        return new Response((int) Math.min(horizonDays, observed), false, null);
    }

    /**
     * Kaplan–Meier survival S(t) = product over answer times t_i <= t of (1 - d_i / n_i), with d_i
     * requests answered at t_i and n_i still waiting (answered or censored at t_i or later);
     * the median is the first t_i with S(t_i) <= 0.5, and "answered within x days" is 1 - S(x).
     */
    public static Summary summarize(List<Response> responses) {
        List<Step> curve = curve(responses);
        int answered = (int) responses.stream().filter(Response::answered).count();
        Double median = curve.stream().filter(st -> st.answeredShare() >= 0.5 - 1e-12).map(st -> (double) st.day()).findFirst().orElse(null);
        return new Summary(responses.size(), answered, responses.size() - answered, median, shareAt(curve, 7), shareAt(curve, 30));
    }

    /** The Kaplan–Meier curve as the share answered, one step per day on which a request was answered. */
    public static List<Step> curve(List<Response> responses) {
        TreeMap<Integer, int[]> byDay = new TreeMap<>(); // day -> {answered, censored}
        for (Response r : responses) byDay.computeIfAbsent(r.days(), k -> new int[2])[r.answered() ? 0 : 1]++;
        int atRisk = responses.size();
        double s = 1.0;
        List<Step> steps = new java.util.ArrayList<>();
        for (var e : byDay.entrySet()) {
            int d = e.getValue()[0];
            if (d > 0) {
                s *= 1.0 - (double) d / atRisk;
                steps.add(new Step(e.getKey(), 1 - s));
            }
            atRisk -= e.getValue()[0] + e.getValue()[1];
        }
        return steps;
    }

    private static double shareAt(List<Step> curve, int day) {
        double share = 0;
        for (Step st : curve) if (st.day() <= day) share = st.answeredShare();
        return share;
    }
}
