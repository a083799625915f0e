package org.avow.spark.progress;

import java.util.Locale;

/**
 * Where a run is: the stage, how much of it is done, the rate and the time left. Pure, so the
 * arithmetic and the wording are tested without Spark.
 *
 * @param stage     the pipeline stage (ingest, extract, compare)
 * @param done      units finished so far
 * @param total     units in the stage, or -1 when not known in advance
 * @param unit      what is counted ("documents", "tasks")
 * @param elapsedMs time since the stage started
 */
public record Progress(String stage, long done, long total, String unit, long elapsedMs) {
    public Progress {
        if (total >= 0 && done > total) done = total; // a recomputed partition counts its documents twice
    }

    /** Units per second since the stage started; 0 before the first second's work. */
    public double rate() {
        return elapsedMs <= 0 ? 0 : done * 1000.0 / elapsedMs;
    }

    /** Seconds left at the current rate, or -1 when the total or the rate is unknown. */
    public long etaSeconds() {
        if (total < 0 || done <= 0) return -1;
        return Math.round((total - done) / rate());
    }

    /** One line: {@code extract  1,234 of 14,396 documents (8.6%)  12.3/s  ETA 17m 50s}. */
    public String line() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-8s %,d", stage, done));
        if (total >= 0) b.append(String.format(Locale.ROOT, " of %,d", total));
        b.append(' ').append(unit);
        if (total > 0) b.append(String.format(Locale.ROOT, " (%.1f%%)", 100.0 * done / total));
        b.append(String.format(Locale.ROOT, "  %.1f/s", rate()));
        long eta = etaSeconds();
        b.append("  ").append(eta < 0 ? "elapsed " + duration(elapsedMs / 1000) : "ETA " + duration(eta));
        return b.toString();
    }

    /** 45s, 17m 50s, 2h 05m. */
    public static String duration(long seconds) {
        if (seconds < 60) return seconds + "s";
        if (seconds < 3600) return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
