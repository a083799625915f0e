package org.avow.core.generate;

import org.avow.core.eval.GoldRecord;
import org.avow.core.eval.Triple;
import org.avow.core.model.Article;
import org.avow.core.model.Channel;
import org.avow.core.model.Role;
import org.avow.core.model.SpeechAct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one synthetic news article from the generator's templates: a pure function of (seed,
 * index, relevant), so a corpus is the same bytes whatever order or thread its articles are made
 * in. A relevant article states one to three inter-state acts and records each as truth; a noise
 * article is sports, markets, weather, local politics, companies or science, often with the same
 * verbs, and states none.
 */
public final class ArticleGenerator {
    public static final LocalDate FIRST_DATE = LocalDate.of(2021, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2026, 10, 31);
    private static final int MIN_WORDS = 150;
    private static final int MAX_WORDS = 900;
    private static final SpeechAct[] ACTS = SpeechAct.values();
    // how often each act is stated, in SpeechAct order: REQUEST, AFFIRM, PLEDGE, REBUKE, DISAPPOINT, DECLINE
    private static final int[] ACT_WEIGHTS = {22, 22, 16, 18, 10, 12};

    private final GeneratorModel model;

    public ArticleGenerator(GeneratorModel model) {
        this.model = model;
    }

    /** The article with this index of the corpus of this seed. */
    public GeneratedArticle generate(long seed, long index, boolean relevant) {
        Draft d = new Draft(new SplittableRandom(mix(seed, index)));
        String id = String.format("gen-%d-%07d", seed, index);
        String source = d.pick(model.words.get("outlet")).text().replaceFirst("^the ", "");
        int targetWords = MIN_WORDS + (d.rnd.nextInt(MAX_WORDS - MIN_WORDS + 1) + d.rnd.nextInt(MAX_WORDS - MIN_WORDS + 1)) / 2;
        return relevant ? d.relevant(id, source, targetWords) : d.noise(id, source, targetWords);
    }

    /** A seed for one article's random stream: distinct for every (seed, index). */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The mutable state of one article while it is written; never shared. */
    private final class Draft {
        final SplittableRandom rnd;
        final LocalDate date;
        final Set<String> introduced = new HashSet<>();
        final List<String> sentences = new ArrayList<>();
        int words;
        // per sentence: the role of the first speaker slot and the channel phrase written
        Role speakerRole;
        Channel channel;
        GeneratorModel.State other;

        Draft(SplittableRandom rnd) {
            this.rnd = rnd;
            this.date = FIRST_DATE.plusDays(rnd.nextLong(LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay() + 1));
        }

        GeneratedArticle relevant(String id, String source, int targetWords) {
            int k = rnd.nextInt(10) < 5 ? 1 : rnd.nextInt(10) < 6 ? 2 : 3;
            GeneratorModel.State s = state(null);
            GeneratorModel.State t = state(s);
            List<GoldRecord.GoldEvent> events = new ArrayList<>();
            Set<Triple> seen = new HashSet<>();
            List<String> actSentences = new ArrayList<>();
            for (int i = 0, tries = 0; i < k && tries < 20; tries++) {
                GeneratorModel.State src = s;
                GeneratorModel.State tgt = t;
                if (i > 0) {
                    int r = rnd.nextInt(4);
                    if (r < 2) {            // the addressee answers
                        src = t;
                        tgt = s;
                    } else if (r == 2) {    // the speaker turns to a third state
                        tgt = state(s);
                    } else {                // a third state weighs in on the addressee
                        src = state(t);
                    }
                }
                SpeechAct act = act();
                Template tpl = pick(model.acts.get(act));
                Triple triple = new Triple(src.country(), act, tpl.namesTarget() ? tgt.country() : "-");
                if (!seen.add(triple)) continue;
                String sentence = sentence(tpl, src, tgt);
                events.add(new GoldRecord.GoldEvent(triple, speakerRole == null ? null : speakerRole.name(), channel));
                actSentences.add(sentence);
                i++;
            }
            sentences.add(actSentences.get(0));
            List<Template> context = shuffled(model.context);
            int contextSentences = 2 + rnd.nextInt(Math.min(8, context.size() - 1));
            for (int i = 0; i < contextSentences; i++) sentences.add(sentence(context.get(i), s, t));
            for (int i = 1; i < actSentences.size(); i++) sentences.add(1 + rnd.nextInt(sentences.size()), actSentences.get(i));
            // a long article goes on as a digest of other news
            String section = pick(model.sectionNames);
            fill(section, targetWords);
            String title = sentence(pick(model.titles), s, t);
            return article(id, source, "world", title, events);
        }

        GeneratedArticle noise(String id, String source, int targetWords) {
            String section = pick(model.sectionNames);
            fill(section, targetWords);
            return article(id, source, section, sentence(pick(model.sectionTitles.get(section)), null, null), List.of());
        }

        /** Adds sentences of the section, then of others, until the article has its length. */
        private void fill(String section, int targetWords) {
            words = sentences.stream().mapToInt(Draft::countWords).sum();
            String current = section;
            while (words < targetWords) {
                for (Template tpl : shuffled(model.sections.get(current))) {
                    if (words >= targetWords) break;
                    String sentence = sentence(tpl, null, null);
                    sentences.add(sentence);
                    words += countWords(sentence);
                }
                current = pick(model.sectionNames);
            }
        }

        private GeneratedArticle article(String id, String source, String section, String title, List<GoldRecord.GoldEvent> events) {
            StringBuilder text = new StringBuilder(words * 7);
            int inParagraph = 0;
            int paragraphLength = 1 + rnd.nextInt(2);
            for (String s : sentences) {
                if (inParagraph == paragraphLength) {
                    text.append("\n\n");
                    inParagraph = 0;
                    paragraphLength = 1 + rnd.nextInt(4);
                } else if (inParagraph > 0) {
                    text.append(' ');
                }
                text.append(s);
                inParagraph++;
            }
            String headline = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
            return new GeneratedArticle(new Article(id, date, headline, source, section, null, text.toString()), events);
        }

        private static int countWords(String s) {
            int n = 1;
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ' ') n++;
            return n;
        }

        /** Renders a template for speaker s and addressee t into a finished sentence. */
        String sentence(Template tpl, GeneratorModel.State s, GeneratorModel.State t) {
            speakerRole = null;
            channel = null;
            other = null;
            StringBuilder b = new StringBuilder(160);
            render(tpl, s, t, b);
            String out = b.toString().replace(",.", ".").replace(",,", ",").replace("  ", " ");
            int first = out.charAt(0) == '"' ? 1 : 0;
            return out.substring(0, first) + Character.toUpperCase(out.charAt(first)) + out.substring(first + 1);
        }

        private void render(Template tpl, GeneratorModel.State s, GeneratorModel.State t, StringBuilder b) {
            for (Template.Part p : tpl.parts()) {
                if (!p.slot()) {
                    b.append(p.value());
                    continue;
                }
                String slot = p.value();
                switch (slot) {
                    case "S" -> speaker(actor(s), b);
                    case "S.gov" -> speaker(government(s), b);
                    case "S.person" -> speaker(person(s, true), b);
                    case "S.poss" -> speaker(possessive(s, true), b);
                    case "S.adj" -> b.append(s.modifier());
                    case "S.name" -> b.append(s.name());
                    case "S.capital" -> b.append(s.capital());
                    case "T" -> b.append(rnd.nextInt(10) < 9 ? place(t) : "the " + t.modifier() + " government");
                    case "T.poss" -> b.append(possessive(t, false).text());
                    case "T.adj" -> b.append(t.modifier());
                    case "T.name" -> b.append(t.name());
                    case "T.capital" -> b.append(t.capital());
                    case "X.adj" -> b.append(other(s, t).modifier());
                    case "X.name" -> b.append(other(s, t).name());
                    case "X.capital" -> b.append(other(s, t).capital());
                    case "CH" -> {
                        GeneratorModel.ChannelPhrase c = pick(model.channels);
                        channel = c.channel();
                        render(c.phrase(), s, t, b);
                    }
                    default -> {
                        if (slot.charAt(0) == '#') {
                            int dash = slot.indexOf('-');
                            b.append(rnd.nextInt(Integer.parseInt(slot.substring(1, dash)), Integer.parseInt(slot.substring(dash + 1)) + 1));
                        } else {
                            render(pick(model.words.get(slot)), s, t, b);
                        }
                    }
                }
            }
        }

        /** A form naming a speaker, and the role the truth records for it. */
        private record Form(String text, Role role) {
        }

        private void speaker(Form f, StringBuilder b) {
            if (speakerRole == null) speakerRole = f.role();
            b.append(f.text());
        }

        private Form actor(GeneratorModel.State s) {
            int r = rnd.nextInt(100);
            if (r < 35 && !holders(s).isEmpty()) return person(s, false);
            if (r < 60) return new Form(s.name(), Role.GOVERNMENT);
            if (r < 80) return new Form(s.capital(), Role.GOVERNMENT);
            return government(s);
        }

        private Form government(GeneratorModel.State s) {
            int r = rnd.nextInt(100);
            if (r < 45) return new Form(s.name(), Role.GOVERNMENT);
            if (r < 75) return new Form(s.capital(), Role.GOVERNMENT);
            if (r < 88) return new Form("the " + s.modifier() + " government", Role.GOVERNMENT);
            return new Form(s.foreignMinistry(), Role.GOVERNMENT);
        }

        private String place(GeneratorModel.State s) {
            return rnd.nextInt(10) < 6 ? s.name() : s.capital();
        }

        /**
         * A person holding a titled role on the date: in full with the title at first, by name after;
         * where speech is meant, sometimes an unnamed spokesperson.
         */
        private Form person(GeneratorModel.State s, boolean spokesperson) {
            List<GeneratorModel.Holder> hs = holders(s);
            if (hs.isEmpty() || spokesperson && rnd.nextInt(10) < 2) {
                String office = s.ministry().isEmpty() ? s.modifier() + " foreign ministry" : s.ministry().replaceFirst("^the ", "");
                return new Form((startsWithVowel(office) ? "an " : "a ") + office + " spokesperson", Role.SPOKESPERSON);
            }
            GeneratorModel.Holder h = pick(hs);
            if (!introduced.add(h.name())) return new Form(h.name(), h.role());
            int r = rnd.nextInt(10);
            String title = h.title();
            if (r < 6) return new Form(title + " " + h.name(), h.role());
            if (r < 8 || h.appositive().isEmpty()) return new Form(s.modifier() + " " + title + " " + h.name(), h.role());
            return new Form(h.name() + ", " + possessiveOf(s.name()) + " " + h.appositive() + ",", h.role());
        }

        private Form possessive(GeneratorModel.State s, boolean people) {
            if (people && rnd.nextInt(10) < 3 && !holders(s).isEmpty()) {
                GeneratorModel.Holder h = pick(holders(s));
                String name = introduced.add(h.name()) ? h.title() + " " + h.name() : h.name();
                return new Form(possessiveOf(name), h.role());
            }
            return new Form(possessiveOf(place(s)), Role.GOVERNMENT);
        }

        private List<GeneratorModel.Holder> holders(GeneratorModel.State s) {
            List<GeneratorModel.Holder> out = new ArrayList<>();
            for (GeneratorModel.Holder h : model.holdersByCountry.getOrDefault(s.country(), List.of())) if (h.covers(date)) out.add(h);
            return out;
        }

        private GeneratorModel.State other(GeneratorModel.State s, GeneratorModel.State t) {
            if (other == null) {
                do {
                    other = state(null);
                } while (other == s || other == t);
            }
            return other;
        }

        GeneratorModel.State state(GeneratorModel.State not) {
            while (true) {
                int r = rnd.nextInt(model.totalStateWeight);
                for (GeneratorModel.State st : model.states) {
                    r -= st.weight();
                    if (r < 0) {
                        if (st != not) return st;
                        break;
                    }
                }
            }
        }

        SpeechAct act() {
            int r = rnd.nextInt(100);
            for (int i = 0; i < ACTS.length; i++) {
                r -= ACT_WEIGHTS[i];
                if (r < 0) return ACTS[i];
            }
            return ACTS[ACTS.length - 1];
        }

        <T> T pick(List<T> xs) {
            return xs.get(rnd.nextInt(xs.size()));
        }

        <T> List<T> shuffled(List<T> xs) {
            List<T> out = new ArrayList<>(xs);
            for (int i = out.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                T x = out.get(i);
                out.set(i, out.get(j));
                out.set(j, x);
            }
            return out;
        }
    }

    private static String possessiveOf(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    private static boolean startsWithVowel(String s) {
        return "AEIOUaeiou".indexOf(s.charAt(0)) >= 0;
    }
}
