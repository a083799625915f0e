package org.avow.core.ingest;

/**
 * Tells a line break from a line wrap in a short text. Pages are hard-wrapped at a fixed width (the White House
 * Briefing Room among them), so a single newline there falls inside a sentence and only punctuation ends one;
 * news snippets, transcripts and headlines put a single newline after a headline, a dateline or a label, which
 * has no full stop to end its sentence. In a text of a few lines, a newline after a line with no closing
 * punctuation, before a capital, where the next word would still have fitted within the longest line, ends a
 * sentence: a wrapper would have put the word on that line. Pages of more lines are left to their punctuation
 * (a fixed width cannot be told from lines that markup and links were counted in). Pure.
 */
final class LineWraps {
    /** From this many lines followed by another line, a text is taken for a wrapped page. */
    static final int PAGE_LINES = 4;

    /** Characters that end a line the sentence splitter already ends a sentence at, or that a wrap may follow. */
    private static final String CLOSING = ".?!:;\"'\u201d\u2019)]-,";

    private LineWraps() {}

    /** The width a short text's lines are measured against: its longest line's length; 0 for a wrapped page. */
    static int width(String[] lines) {
        int followed = 0;
        int longest = 0;
        for (int i = 0; i < lines.length; i++) {
            longest = Math.max(longest, lines[i].stripTrailing().length());
            if (i + 1 < lines.length && !lines[i].isBlank() && !lines[i + 1].isBlank()) followed++;
        }
        return followed >= PAGE_LINES ? 0 : longest;
    }

    /**
     * Whether the newline between {@code line} and {@code next} ends a sentence the text did not end with its
     * punctuation: {@code line} has none at its end, {@code next} opens with a capital, and its first word would
     * still have fitted on {@code line} within {@code width} (see {@link #width}).
     */
    static boolean breaks(String line, String next, int width) {
        String end = line.stripTrailing();
        String start = next.strip();
        if (width <= 0 || end.isEmpty() || start.isEmpty() || CLOSING.indexOf(end.charAt(end.length() - 1)) >= 0
                || !Character.isUpperCase(start.charAt(0))) return false;
        int space = start.indexOf(' ');
        return end.length() + 1 + (space < 0 ? start.length() : space) <= width;
    }
}
