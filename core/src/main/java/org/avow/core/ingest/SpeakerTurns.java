package org.avow.core.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            return REPORTER.contains(speaker);
        }
    }

    /**
     * A paragraph opened by "MS. LEAVITT:", "THE PRESIDENT:", "Q:", "Q.", a bare "Q", "Question:" or "Reporter:"; or a label after the end of a
     * sentence on the same line ("... in Doha? MS. LEAVITT: I'll let ..."), as transcripts quoted in one paragraph have it.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?m)(?:^|(?<=[.?!][ \t])|(?<=[.?!][\"\u201D][ \t]))(?:((?:[A-Z][A-Z.'\\-]*\\s){0,4}[A-Z][A-Z.'\\-]+(?<!\\.)(?:\\s\\([^()\\n]{2,60}\\))?):\\s*|(Q)(?:[:.]\\s*|\\s+)|(Question|Reporter):\\s*)");

    /** Lower-case words a name in a title-case label may hold ("Minister of Foreign Affairs", "Mohammed bin Salman"). */
    private static final String PARTICLES = "of|the|and|for|de|del|da|van|von|al|bin|ibn";

    /** Labels of a reporter's turn. */
    private static final Set<String> REPORTER = Set.of("Q", "QUESTION", "REPORTER");

    /**
     * A paragraph that is one quotation under its speaker's name in title case: "Pope Leo XIV: “...",
     * "Rep. Jane Doe: "..."" (the releases that collect what others said).
     */
    private static final Pattern QUOTE = Pattern.compile(
            "(?m)^([A-Z][\\p{L}.'\u2019\\-]*(?:,?\\s(?:[A-Z0-9][\\p{L}0-9.'\u2019\\-]*|" + PARTICLES + ")){0,8}):\\s*[\u201C\"]");

    /**
     * An answer's label in title case right after a reporter's question mark: "Q: ...? Mao Ning: China ...", "REPORTER:
     * ...? Minister Iwaya: I would like ...", "...? Spokesperson Hsiao Kuang-wei: We ..." (foreign ministries' transcripts
     * label the answer with the speaker's name as written; after a question's other sentences, "On Russia:" is the
     * reporter's own topic).
     */
    private static final Pattern ANSWER = Pattern.compile(
            "(?:(?<=\\?[ \t\n])|(?<=\\?[\"\u201D][ \t\n]))((?:[A-Z][\\p{L}.'\u2019\\-]*\\s){0,5}[A-Z][\\p{L}'\u2019\\-]+):\\s+(?![\u201C\"])");

    /**
     * A paragraph opened by a speaker's name in title case, as parliamentary records, Security Council verbatims and
     * collected posts write them: "David Lammy: The decision ...", "The Foreign Secretary (Mr David Lammy): I share ...",
     * "Prime Minister Narendra Modi, on X: Warm congratulations ...". Such a label is a turn only when it names someone the
     * dictionary knows (the extractor drops the others: "Joint Statement: Australia-New Zealand Leaders' Meeting").
     */
    private static final Pattern TITLED = Pattern.compile(
            "(?m)^((?:The[ \\t])?[A-Z][\\p{L}.'\u2019\\-]*(?:[ \\t](?:[A-Z][\\p{L}.'\u2019\\-]*|" + PARTICLES + ")){0,7}"
            + "(?:[ \\t]\\([^()\\n]{2,60}\\))?(?:,[ \\t](?:on|in)[ \\t][A-Z][\\p{L}]*)?):\\s+(?![\u201C\"])");

    private SpeakerTurns() {
    }

    /** A label or quotation opening a paragraph: where it starts, where the words spoken begin, and who speaks. */
    private record Opening(int start, int begin, String speaker, boolean quote) {
    }

    public static List<Turn> of(String text) {
        return of(text, label -> false);
    }

    /**
     * The turns, with a paragraph opened by a title-case name ({@link #TITLED}) a turn when {@code knownSpeaker} knows the
     * label ("David Lammy", "The Foreign Secretary (Mr David Lammy)").
     */
    public static List<Turn> of(String text, java.util.function.Predicate<String> knownSpeaker) {
        List<Opening> opens = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            // a bare "Q" opens a line only
            if (m.group(2) != null && m.start() > 0 && text.charAt(m.start() - 1) != '\n' && Character.isWhitespace(text.charAt(m.start() + 1))) continue;
            String speaker = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3).toUpperCase(Locale.ROOT);
            opens.add(new Opening(m.start(), m.end(), speaker, false));
        }
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            String label = q.group(1);
            // an upper-case label is a transcript's, found above
            if (label.equals(label.toUpperCase(Locale.ROOT)) || q.start() > 0 && text.charAt(q.start() - 1) != '\n') continue;
            opens.add(new Opening(q.start(), q.end(1) + 1, label, true));
        }
        opens.sort(Comparator.comparingInt(Opening::start));
        List<Opening> answers = new ArrayList<>();
        Matcher an = ANSWER.matcher(text);
        while (an.find()) {
            String label = an.group(1);
            if (label.equals(label.toUpperCase(Locale.ROOT))) continue;
            // only right after a reporter's question, with no other label between
            Opening before = answers.isEmpty() ? null : answers.get(answers.size() - 1);
            for (Opening o : opens) if (o.start() < an.start() && (before == null || o.start() > before.start())) before = o;
            if (before != null && REPORTER.contains(before.speaker()) && !before.quote()) answers.add(new Opening(an.start(), an.end(), label, false));
        }
        opens.addAll(answers);
        Matcher ti = TITLED.matcher(text);
        while (ti.find()) {
            String label = ti.group(1);
            int at = ti.start();
            // (an upper-case label, an answer's or a quotation's is found above)
            if (label.equals(label.toUpperCase(Locale.ROOT)) || opens.stream().anyMatch(o -> o.start() == at) || !knownSpeaker.test(label)) continue;
            opens.add(new Opening(at, ti.end(), label, false));
        }
        opens.sort(Comparator.comparingInt(Opening::start));
        List<Turn> turns = new ArrayList<>();
        for (int k = 0; k < opens.size(); k++) {
            Opening o = opens.get(k);
            int end = k + 1 < opens.size() ? opens.get(k + 1).start() : text.length();
            // a quotation is its own paragraph only
            int paragraph = o.quote() ? text.indexOf('\n', o.begin()) : -1;
            if (paragraph >= 0) end = Math.min(end, paragraph);
            int begin = o.begin();
            while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
            turns.add(new Turn(o.speaker(), begin, trimEnd(text, end), o.quote()));
        }
        return turns;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
