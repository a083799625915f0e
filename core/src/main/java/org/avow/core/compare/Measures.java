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
}
