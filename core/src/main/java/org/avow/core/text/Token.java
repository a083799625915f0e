package org.avow.core.text;

/** A token with its part of speech and lemma; offsets are into the article text. */
public record Token(int index, String word, String lemma, String pos, int begin, int end) {
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isAdjective() { return pos.startsWith("JJ") || pos.equals("VBN"); }
    public String lowerLemma() { return lemma.toLowerCase(java.util.Locale.ROOT); }
}
