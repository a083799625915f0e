package org.avow.core.extract;

import org.avow.core.actors.Mention;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who speaks a quotation that runs over several sentences and names its speaker only after it closes ("“I urge our
 * partners in Budapest to stop blocking the tranche. Every day of delay costs lives,” Foreign Minister Andrii Sybiha wrote
 * on X."): the sentences the quotation holds before the one that closes it are the speaker's words, so "I" or "we" in
 * them is the speaker, as in a transcript turn; so are they in the sentence that closes it, where a subjectless "Thank you,
 * Denmark" has no other speaker the parse can reach. Pure.
 */
final class QuotedSpeakers {
    /** How many tokens after the closing mark the speaker and the verb of saying may stand ("," Foreign Minister X wrote). */
    static final int REACH = 12;

    private static final Set<String> OPENING = Set.of("\u201C", "``");
    private static final Set<String> CLOSING = Set.of("\u201D", "''");
    private static final Set<String> EITHER = Set.of("\"");

    private QuotedSpeakers() {
    }

    /**
     * For each sentence a quotation opened in, runs on through or closes in, the mention of
     * its speaker: a person or a state named within {@link #REACH} tokens after the closing mark, next to a form of a
     * verb of saying ({@code sayingForms}, lower case); a quotation whose speaker is not so named gives none.
     */
    static Map<Integer, Mention> of(List<Sentence> sentences, Function<Sentence, List<Mention>> mentions, Set<String> sayingForms) {
        Map<Integer, Mention> out = new HashMap<>();
        int opened = -1;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).word();
                boolean open = OPENING.contains(w) || EITHER.contains(w) && opened < 0;
                boolean close = CLOSING.contains(w) || EITHER.contains(w) && opened >= 0;
                if (open && !close) {
                    opened = s.index();
                } else if (close) {
                    if (opened >= 0) {
                        Mention speaker = speakerAfter(s, i, mentions.apply(s), sayingForms);
                        if (speaker != null) for (int k = opened; k <= s.index(); k++) out.put(k, speaker);
                    }
                    opened = -1;
                }
            }
            // a paragraph's end closes what a stray mark opened
            if (opened >= 0 && s.index() - opened > 6) opened = -1;
        }
        return out;
    }

    private static Mention speakerAfter(Sentence s, int close, List<Mention> mentions, Set<String> sayingForms) {
        int last = Math.min(s.size() - 1, close + REACH);
        boolean saying = false;
        for (int i = close + 1; i <= last; i++) saying |= sayingForms.contains(s.token(i).word().toLowerCase(Locale.ROOT));
        if (!saying) return null;
        Mention place = null;
        for (Mention m : mentions) {
            if (m.start() <= close || m.start() > last) continue;
            if (m.kind() == Mention.Kind.PERSON) return m;
            if (m.kind() == Mention.Kind.PLACE && place == null) place = m;
        }
        return place;
    }
}
