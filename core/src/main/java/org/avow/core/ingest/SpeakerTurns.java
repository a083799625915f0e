package org.avow.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker turns of a transcript in normalised text ({@link TextNormalizer} starts a paragraph at
 * each label): who speaks ("MS. LEAVITT", "THE PRESIDENT", "Q" for a reporter) and the character
 * span of what they say, the label excluded. Paragraphs after a turn belong to it until the next
 * label. Pure.
 */
public final class SpeakerTurns {
    /**
     * One turn: the label as written, without its colon, and the span of the words spoken; {@code quote}
     * for a quoted speaker's paragraph ("Pope Leo XIV: “I welcome ...”"), which ends with its paragraph.
     */
    public record Turn(String speaker, int begin, int end, boolean quote) {
        /** A reporter's turn ("Q"): questions, not acts of a state. */
        public boolean reporter() {
            return speaker.equals("Q");
        }
    }

    /** A paragraph opened by "MS. LEAVITT:", "THE PRESIDENT:", "Q:", "Q." or a bare "Q". */
    private static final Pattern LABEL = Pattern.compile(
            "(?m)^((?:[A-Z][A-Z.'\\-]*\\s){0,4}[A-Z][A-Z.'\\-]+(?<!\\.)):\\s*|^(Q)(?:[:.]\\s*|\\s+)");

    /**
     * A paragraph that is one quotation under its speaker's name in title case: "Pope Leo XIV: “...",
     * "Rep. Jane Doe: "..."" (the releases that collect what others said).
     */
    private static final Pattern QUOTE = Pattern.compile(
            "(?m)^([A-Z][\\p{L}.'\u2019\\-]*(?:,?\\s(?:[A-Z0-9][\\p{L}0-9.'\u2019\\-]*|of|the|and|for|de|del|da|van|von|al|bin|ibn)){0,8}):\\s*[\u201C\"]");

    private SpeakerTurns() {
    }

    public static List<Turn> of(String text) {
        // every label or quotation opening a paragraph: {start, content begin, quote ? 1 : 0}, with its speaker
        List<int[]> opens = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) != '\n') continue;
            opens.add(new int[]{m.start(), m.end(), 0});
            speakers.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            String label = q.group(1);
            // an upper-case label is a transcript's, found above
            if (label.equals(label.toUpperCase(Locale.ROOT)) || q.start() > 0 && text.charAt(q.start() - 1) != '\n') continue;
            opens.add(new int[]{q.start(), q.end(1) + 1, 1});
            speakers.add(label);
        }
        Integer[] order = new Integer[opens.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> opens.get(i)[0]));
        List<Turn> turns = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int[] o = opens.get(order[k]);
            int end = k + 1 < order.length ? opens.get(order[k + 1])[0] : text.length();
            if (o[2] == 1) {
                int paragraph = text.indexOf('\n', o[1]);
                if (paragraph >= 0) end = Math.min(end, paragraph);
            }
            int begin = o[1];
            while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
            turns.add(new Turn(speakers.get(order[k]), begin, trimEnd(text, end), o[2] == 1));
        }
        return turns;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
