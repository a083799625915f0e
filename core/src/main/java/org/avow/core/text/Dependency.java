package org.avow.core.text;

/**
 * A typed dependency between token indexes of one sentence, in Universal Dependencies with
 * enhanced++ relation names ("nsubj", "obl:on", "nmod:poss"); {@code governor} is -1 for root.
 */
public record Dependency(int governor, String relation, int dependent) {
    /** The relation without its subtype: "obl:on" -> "obl". */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype, "on" for "obl:on", or "" when there is none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
