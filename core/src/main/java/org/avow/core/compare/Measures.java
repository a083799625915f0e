package org.avow.core.compare;

/** The comparison's measures as pure functions, shared by the Spark job, the CLI and tests. */
public final class Measures {
    private Measures() {
    }

    /**
     * Affirmation ratio = affirmation weight / (request weight + pledge weight); null when the ally
     * asked and pledged nothing in the window (the ratio is undefined, not zero or infinite).
     */
    public static Double affirmationRatio(double affirmationWeight, double requestWeight, double pledgeWeight) {
        double asked = requestWeight + pledgeWeight;
        return asked <= 0 ? null : affirmationWeight / asked;
    }

    /** Gap = (request weight + pledge weight) - affirmation weight: positive when the ally gives more than it gets. */
    public static double gap(double affirmationWeight, double requestWeight, double pledgeWeight) {
        return requestWeight + pledgeWeight - affirmationWeight;
    }

    /** Net polarity of a stance = (support - opposition) / (support + opposition) weight, in [-1, 1]; null when both are 0. */
    public static Double netPolarity(double supportWeight, double oppositionWeight) {
        double all = supportWeight + oppositionWeight;
        return all <= 0 ? null : (supportWeight - oppositionWeight) / all;
    }

    /**
     * The p-quantile (0..1) of sorted values by linear interpolation between closest ranks
     * (Hyndman and Fan type 7, the default of R and NumPy).
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
