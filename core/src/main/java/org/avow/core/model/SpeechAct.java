package org.avow.core.model;

/**
 * The six speech acts avow codes, each mapped to CAMEO (with its Goldstein score) and PLOVER so
 * that events interoperate with GDELT, ICEWS, PETRARCH and POLECAT.
 */
public enum SpeechAct {
    REQUEST("022", 3.2, "REQUEST", +1),
    AFFIRM("051", 3.4, "SUPPORT", +1),
    PLEDGE("030", 4.0, "AGREE", +1),
    REBUKE("111", -2.0, "ACCUSE", -1),
    DISAPPOINT("110", -2.0, "ACCUSE", -1),
    DECLINE("011", -0.1, null, 0);

    /** CAMEO code for a demand (10x), which avow codes as a REQUEST with this code. */
    public static final String CAMEO_DEMAND = "100";
    public static final double GOLDSTEIN_DEMAND = -5.0;

    private final String cameo;
    private final double goldstein;
    private final String plover;
    private final int polarity;

    SpeechAct(String cameo, double goldstein, String plover, int polarity) {
        this.cameo = cameo;
        this.goldstein = goldstein;
        this.plover = plover;
        this.polarity = polarity;
    }

    /** Default CAMEO code of the act. */
    public String cameo() { return cameo; }

    /** Goldstein conflict-cooperation score of the default CAMEO code. */
    public double goldstein() { return goldstein; }

    /** PLOVER event type, or null where PLOVER has none (DECLINE). */
    public String plover() { return plover; }

    /** +1 cooperative, -1 conflictual, 0 neither. */
    public int polarity() { return polarity; }
}
