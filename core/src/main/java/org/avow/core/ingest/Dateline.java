package org.avow.core.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with ("SEOUL — South Korea will provide ...", "NAIROBI, June 12 — Japan and
 * Kenya ..."). The parser takes the capitalised place for the subject of the first sentence and the state after the
 * dash for its apposition, so the sentence loses its subject; the place is where the story was filed, never a
 * party to it. {@link #blank} overwrites the dateline with spaces, so every offset into the text still holds. A
 * heading of more words ("STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF ...") is no dateline and stays. Pure.
 */
public final class Dateline {
    /** Up to four capitalised words, an optional date ("June 12", "Dec. 3") and agency ("(Reuters)"), then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}'\u2019.\\-]+(?: \\p{Lu}[\\p{Lu}'\u2019.\\-]+){0,3})(?:, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})?(?: \\(\\p{L}+\\))? [\u2014\u2013] ");

    private Dateline() {}

    /**
     * The place of the opening dateline in title case ("NAIROBI, June 12 — " gives "Nairobi", "BUENOS AIRES — " gives
     * "Buenos Aires"), or empty when the text opens with none.
     */
    public static java.util.Optional<String> place(String text) {
        Matcher m = find(text);
        if (m == null) return java.util.Optional.empty();
        StringBuilder out = new StringBuilder();
        for (String w : m.group(1).split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.Optional.of(out.toString());
    }

    /** The text with its opening dateline, if any, replaced by as many spaces. */
    public static String blank(String text) {
        Matcher m = find(text);
        if (m == null) return text;
        return text.substring(0, m.start(1)) + " ".repeat(m.end() - m.start(1)) + text.substring(m.end());
    }

    /**
     * The dateline at the start of the text, or of its second line when the first is a headline (no closing
     * punctuation: "Seoul voices deep disappointment over Sado memorial\nSEOUL — South Korea said ..."); else null.
     */
    private static Matcher find(String text) {
        Matcher m = DATELINE.matcher(text);
        if (m.find()) return m;
        int nl = text.indexOf('\n');
        if (nl < 0) return null;
        String first = text.substring(0, nl).strip();
        if (first.isEmpty() || ".!?\"\u201D:".indexOf(first.charAt(first.length() - 1)) >= 0) return null;
        m.region(nl + 1, text.length());
        return m.find() ? m : null;
    }
}
