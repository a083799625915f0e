package org.avow.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker turns of a transcript in normalised text ({@link TextNormalizer} starts a paragraph at
 * each label): who speaks ("MS. LEAVITT", "THE PRESIDENT", "Q" for a reporter) and the character
 * span of what they say, the label excluded. Paragraphs after a turn belong to it until the next
 * label. Pure.
 */
public final class SpeakerTurns {
    /** One turn: the label as written, without its colon, and the span of the words spoken. */
    public record Turn(String speaker, int begin, int end) {
        /** A reporter's turn ("Q"): questions, not acts of a state. */
        public boolean reporter() {
            return speaker.equals("Q");
        }
    }

    /** A paragraph opened by "MS. LEAVITT:", "THE PRESIDENT:", "Q:", "Q." or a bare "Q". */
    private static final Pattern LABEL = Pattern.compile(
            "(?m)^((?:[A-Z][A-Z.'\\-]*\\s){0,4}[A-Z][A-Z.'\\-]+(?<!\\.)):\\s*|^(Q)(?:[:.]\\s*|\\s+)");

    private SpeakerTurns() {
    }

    public static List<Turn> of(String text) {
        List<Turn> turns = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        String speaker = null;
        int begin = 0;
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) != '\n') continue;
            if (speaker != null) turns.add(new Turn(speaker, begin, trimEnd(text, m.start())));
            speaker = m.group(1) != null ? m.group(1) : m.group(2);
            begin = m.end();
        }
        if (speaker != null) turns.add(new Turn(speaker, begin, trimEnd(text, text.length())));
        return turns;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
