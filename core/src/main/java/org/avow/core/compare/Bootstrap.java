package org.avow.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Percentile bootstrap of a window's affirmation ratio and gap. The resampled unit is the
 * article, not the event: events of one article are not independent (one story, one source),
 * so an article's request, pledge and affirmation weights stay together.
 */
public final class Bootstrap {
    /** What one article contributes to a dyad window. */
    public record ArticleWeights(String articleId, double request, double pledge, double affirmation) {
    }

    /** Interval bounds; the ratio's are null when no replicate asked or pledged anything. */
    public record Intervals(Double ratioLow, Double ratioHigh, double gapLow, double gapHigh, int replicates) {
    }

    private Bootstrap() {
    }

    /**
     * Resamples the window's articles with replacement {@code replicates} times (articles sorted by
     * id, so the result depends on the seed alone) and returns the {@code level} (e.g. 0.95)
     * percentile intervals. Replicates in which nothing was asked or pledged have no ratio and are
     * left out of the ratio's interval only.
     */
    public static Intervals intervals(List<ArticleWeights> articles, int replicates, long seed, double level) {
        if (articles.isEmpty()) throw new IllegalArgumentException("a window without articles has no interval");
        if (replicates < 1) throw new IllegalArgumentException("replicates must be positive: " + replicates);
        List<ArticleWeights> a = new ArrayList<>(articles);
        a.sort(Comparator.comparing(ArticleWeights::articleId));
        Random rng = new Random(seed);
        int n = a.size();
        double[] gaps = new double[replicates];
        double[] ratios = new double[replicates];
        int defined = 0;
        for (int r = 0; r < replicates; r++) {
            double req = 0, pledge = 0, aff = 0;
            for (int i = 0; i < n; i++) {
                ArticleWeights w = a.get(rng.nextInt(n));
                req += w.request();
                pledge += w.pledge();
                aff += w.affirmation();
            }
            gaps[r] = Measures.gap(aff, req, pledge);
            Double ratio = Measures.affirmationRatio(aff, req, pledge);
            if (ratio != null) ratios[defined++] = ratio;
        }
        double alpha = (1 - level) / 2;
        Arrays.sort(gaps);
        double[] rs = Arrays.copyOf(ratios, defined);
        Arrays.sort(rs);
        return new Intervals(defined == 0 ? null : Measures.quantile(rs, alpha), defined == 0 ? null : Measures.quantile(rs, 1 - alpha),
                Measures.quantile(gaps, alpha), Measures.quantile(gaps, 1 - alpha), replicates);
    }

    /** A window's own seed from the study's seed, so that a window's interval does not depend on which others were computed. */
    public static long windowSeed(long seed, String ally, String window) {
        return seed * 1_000_003L + (ally + "/" + window).hashCode();
    }
}
