package org.avow.core.text;

/**
 * A token with its part of speech and lemma; offsets are into the article text. A token of the
 * cascade's first, untagged pass has an empty part of speech and its word as lemma.
 */
public record Token(int index, String word, String lemma, String pos, int begin, int end) {
    public static Token untagged(int index, String word, int begin, int end) {
        return new Token(index, word, word, "", begin, end);
    }

    public boolean tagged() { return !pos.isEmpty(); }
    public boolean isVerb() { return pos.startsWith("VB"); }
    /** A verb in the past or present tense (not an infinitive or participle). */
    public boolean isFiniteVerb() { return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isAdjective() { return pos.startsWith("JJ") || pos.equals("VBN"); }
    public String lowerLemma() { return lemma.toLowerCase(java.util.Locale.ROOT); }
}
