package org.avow.core.extract;

import org.avow.core.actors.Mention;
import org.avow.core.ingest.Dateline;
import org.avow.core.ingest.SpeakerTurns;
import org.avow.core.lexicon.Cue;
import org.avow.core.lexicon.Triggers;
import org.avow.core.lexicon.WordClasses.WordClass;
import org.avow.core.model.Actor;
import org.avow.core.model.Article;
import org.avow.core.model.Channel;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.model.Evidentiality;
import org.avow.core.model.Institution;
import org.avow.core.model.Role;
import org.avow.core.model.Provenance;
import org.avow.core.model.SpeechAct;
import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.TextAnalyzer;
import org.avow.core.text.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The extraction cascade for one article: tokenize and split the text, screen each untagged
 * sentence by word for an actor and a cue form ({@link CandidateFilter}), tag the survivors and
 * test them again on lemmas and parts of speech, parse only those, and apply the speech-act rules over the
 * dependency graph: source from the subject (or agent, possessor, light verb's subject), target
 * from objects and prepositional complements, negation and irrealis from the cue's governors,
 * auxiliaries, markers and modifiers.
 */
public final class DiscourseExtractor {
    /** Sentences longer than this are not parsed: depparse has no cap and such "sentences" are debris. */
    public static final int MAX_SENTENCE_TOKENS = 120;
    /** The sentence-context target is tried only in sentences up to this length. */
    static final int CONTEXT_TARGET_MAX_TOKENS = 45;
    private static final double DEFAULT_MODALITY = 0.9;
    /** How many sentences back a "he" or "she" may find the person it stands for. */
    private static final int ANTECEDENT_REACH = 2;
    /** How many words after a word of meeting its partner may be named ("spoke with Prime Minister Nawaf Salam of Lebanon"). */
    private static final int MEETING_REACH = 8;

    /** Edges a cue's target may be reached through (the cue's own clause and its complements). */
    private static final Set<String> TARGET_EDGES = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp", "acl",
            "compound", "amod", "appos", "flat", "nsubj", "dep");
    private static final Set<String> SOURCE_OBLIQUES = Set.of("by", "from", "agent", "poss");
    /** Relations through which a noun names a performed act (not a reference inside another noun). */
    private static final Set<String> ACT_NOUN_POSITIONS = Set.of("obj", "nsubj", "root", "conj", "appos", "dep",
            "parataxis", "iobj", "ccomp", "xcomp");
    private static final Set<String> THIRD_PERSON = Set.of("it", "they", "he", "she");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    /** Possessives by which a briefer names their own side's affairs: the administration's, the President's, their own. */
    private static final Set<String> OWN_SIDE_POSSESSIVES = Set.of("our", "my", "his", "her");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "my", "me");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them");
    private static final Set<String> THIRD_PERSON_POSSESSIVE = Set.of("its", "their");
    private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her");
    private static final Set<String> PERSON_POSSESSIVE = Set.of("his", "her");
    private static final Set<String> SPOKEN_TO = Set.of("you");
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");
    /** The country a transcript label names in parentheses: "AMBASSADOR HOXHA (Albania)". */
    private static final Pattern LABEL_COUNTRY = Pattern.compile("\\(([^()]+)\\)\\s*$");
    /** Roles that speak for an office they do not hold: "the President" in their words is their country's. */
    private static final Set<Role> SPEAKING_FOR = Set.of(Role.SPOKESPERSON, Role.DEPUTY_SPOKESPERSON, Role.PRESS_SECRETARY,
            Role.NATIONAL_SECURITY_ADVISER, Role.CHIEF_CABINET_SECRETARY);
    /**
     * How deep below an affirming verb a word of mutual ties counts (audits 23-28: of 17 joint affirmations read as
     * mutual, the 10 wrong ones welcomed or backed a third thing whose own words mention cooperation, "the signing of
     * memoranda on cybersecurity cooperation", "a workstream that explores ways to jointly support").
     */
    private static final int RECIPROCAL_AFFIRM_DEPTH = 3;
    /** Determiners of words already known: "the request", "this claim", "that post". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** Relations that name whose a thing is: its possessor, maker or source. */
    private static final Set<String> WHOSE = Set.of("nmod:poss", "nmod:by", "nmod:agent", "nmod:from");
    /** Default time one document may take before it is recorded as failed and skipped. */
    public static final long DEFAULT_BUDGET_MILLIS = 120_000;

    /** A document that ran past its time budget: the job records it as failed and goes on. */
    public static final class BudgetExceeded extends RuntimeException {
        public BudgetExceeded(String articleId, long millis, int sentence, int of) {
            super(articleId + ": over the " + millis + " ms budget at sentence " + sentence + " of " + of);
        }
    }

    private final TextAnalyzer analyzer;
    private final ExtractionModel model;
    private final ActorResolver resolver;
    private final long budgetMillis;
    private final boolean cascade;
    private final CandidateFilter filter;
    /** The forms of the verbs of saying (REPORTING), lower case, for speakers named after a quotation. */
    private final Set<String> sayingForms = new HashSet<>();
    /** The word forms of MEETING and DEED lemmas, to find a conversation or a deed taken up in an untagged sentence. */
    private final Set<String> meetingForms;
    private final Set<String> deedForms;

    public DiscourseExtractor(TextAnalyzer analyzer, ExtractionModel model) {
        this(analyzer, model, DEFAULT_BUDGET_MILLIS, true);
    }

    /**
     * @param cascade whether untagged sentences are first screened by word ({@link CandidateFilter});
     *                without it every sentence is tagged and tested by the rules (the benchmark's
     *                reference for the cascade's recall)
     */
    public DiscourseExtractor(TextAnalyzer analyzer, ExtractionModel model, long budgetMillis, boolean cascade) {
        this.analyzer = analyzer;
        this.model = model;
        this.budgetMillis = budgetMillis;
        this.cascade = cascade;
        this.filter = new CandidateFilter(model);
        for (String lemma : model.wordClasses().words(WordClass.REPORTING)) sayingForms.addAll(model.surfaceForms().of(lemma));
        this.meetingForms = forms(WordClass.MEETING);
        this.deedForms = forms(WordClass.DEED);
        this.resolver = new ActorResolver(model.actors(), t -> model.nonState().find(single(t)).isPresent(),
                t -> words(t.lowerLemma(), WordClass.DOCUMENT), t -> words(t.lowerLemma(), WordClass.STATE_GROUP));
    }

    private Set<String> forms(WordClass c) {
        return model.wordClasses().words(c).stream().flatMap(l -> model.surfaceForms().of(l).stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The index of the first word of s that is one of the forms, else -1. */
    private static int firstForm(Sentence s, Set<String> forms) {
        for (Token t : s.tokens()) if (forms.contains(t.word().toLowerCase(Locale.ROOT))) return t.index();
        return -1;
    }

    public ExtractionModel model() { return model; }

    /** A verb of saying or of talking about something (REPORTING or SPEAKING). */
    private boolean talking(String lemma) {
        return words(lemma, WordClass.REPORTING) || words(lemma, WordClass.SPEAKING);
    }

    private boolean words(String word, WordClass c) {
        return model.wordClasses().is(word, c);
    }

    /**
     * What the rules know of the article beyond the sentence: the person named last (for "he",
     * "she" and unqualified role nouns), the office the record speaks for, resolved once, and who
     * "we" and "I" are in this sentence: the speaker of its transcript turn, none when the turn's
     * label names no one ("MODERATOR"), else the voice.
     *
     * @param coVoices      the other states of a joint statement's heading ("Joint statement by the Foreign Ministers of
     *                      Estonia, Latvia and Lithuania"): its "we" is each of them too
     * @param lastPerson    the person named last in recent sentences: whom an unqualified role ("The Prime Minister") is
     * @param subjectPerson the first person named in the last sentence naming any: whom "he" or "she" continues
     * @param previous      the events of the sentence before: what "the request" or "the remarks" a decline is about may be
     * @param asked         the sentence before, if it was a question: whose words an answer that declines is about
     * @param answerTurn    the sentence is in a speaker's turn of a transcript with reporters' questions: a briefing
     * @param meeting       the conversation reported in the sentence before, if any: whom a pledge naming no one is made to
     * @param priorDoer     the state that opens the sentence before as its subject ("Georgia's parliament passed the bill"),
     *                      else null: whose deed "the vote" is
     * @param home          the state of the place a wire story is filed from ("NAIROBI — "), else null: whose "State House"
     *                      or "government spokesman" an unqualified one is
     */
    private record Context(String lastPerson, String subjectPerson, Optional<Actor> voice, List<Actor> coVoices, Optional<Actor> firstPerson,
                           boolean reporterTurn, List<DiscourseEvent> previous, Asked asked, boolean answerTurn, Meeting meeting,
                           Actor priorDoer, Actor home) {
    }

    /**
     * A conversation a sentence reports: "The Prime Minister spoke to President Zelensky this afternoon", "Modi held
     * talks with President Muizzu of Maldives". {@code partner} is the state named first after the word of meeting
     * (word index {@code word}), {@code host} the state named first before it, or null when the text names it by an
     * unqualified role ("The Chancellor received ...").
     */
    private record Meeting(String host, Actor partner, int sentence, int word) {
    }

    /** A question just before an answer: its mentions, and its parse, made once when a rule first needs it. */
    private final class Asked {
        private final SentenceTrace trace;
        private Sentence parsed;

        Asked(SentenceTrace trace) {
            this.trace = trace;
        }

        List<Mention> mentions() {
            return trace.mentions();
        }

        Sentence parsed() {
            if (parsed == null) parsed = parse(analyzer.tag(trace.sentence()));
            return parsed;
        }
    }

    /** What the cascade did with one sentence: its mentions, whether it was parsed, and what came of it. */
    public record SentenceTrace(Sentence sentence, List<Mention> mentions, boolean candidate, String skipped,
                                List<DiscourseEvent> events, List<Rejection> rejections) {
    }

    public ExtractionResult extract(Article article) {
        List<DiscourseEvent> events = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        java.util.SortedSet<String> countries = new java.util.TreeSet<>();
        int candidates = 0;
        int tokens = 0;
        List<SentenceTrace> traces = trace(article);
        for (SentenceTrace t : traces) {
            tokens += t.sentence().size();
            for (Mention m : t.mentions()) if (m.country() != null) countries.add(m.country());
            if (t.candidate()) candidates++;
            events.addAll(t.events());
            rejections.addAll(t.rejections());
        }
        // held back after all sentences are read: an event under the threshold still informs the next sentence's rules
        Map<Boolean, List<DiscourseEvent>> kept = events.stream()
                .collect(java.util.stream.Collectors.partitioningBy(e -> model.confidence().accepts(e.confidence())));
        return new ExtractionResult(article.id(), kept.get(true), kept.get(false), rejections, countries, traces.size(), candidates, tokens);
    }

    /** Every sentence of the article with what the cascade did with it (for {@code avow explain}). */
    public List<SentenceTrace> trace(Article article) {
        List<SentenceTrace> out = new ArrayList<>();
        // family names of people named in full so far; a name two people share refers to neither
        Map<String, String> familyNames = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        String lastPerson = null;
        String subjectPerson = null;
        int lastPersonSentence = -1;
        List<DiscourseEvent> previous = List.of();
        Asked asked = null;
        boolean firstAnswerSeen = false;
        Meeting meeting = null;
        Actor priorDoer = null;
        Actor home = datelineHome(article);
        List<Actor> voices = documentVoices(article);
        Optional<Actor> voice = voices.stream().findFirst();
        List<Actor> coVoices = voices.isEmpty() ? List.of() : voices.subList(1, voices.size());
        Map<String, Optional<Actor>> labels = new HashMap<>();
        Function<String, Optional<Actor>> speakerOf = label -> labels.computeIfAbsent(label, l -> labelSpeaker(l, voice, article.date()));
        List<SpeakerTurns.Turn> turns = SpeakerTurns.of(article.text(), label -> speakerOf.apply(label).isPresent());
        List<Optional<Actor>> speakers = turnSpeakers(turns, speakerOf);
        int turn = 0;
        boolean briefing = !speakers.isEmpty() && turns.stream().anyMatch(SpeakerTurns.Turn::reporter);
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        List<Sentence> sentences = analyzer.tokenize(Dateline.blank(article.text()));
        Map<Integer, Mention> quoted = QuotedSpeakers.of(sentences, x -> model.actors().mentions(x), sayingForms);
        for (Sentence s : sentences) {
            if (System.nanoTime() > deadline) throw new BudgetExceeded(article.id(), budgetMillis, s.index(), sentences.size());
            while (turn < turns.size() && turns.get(turn).end() <= s.begin()) turn++;
            boolean inTurn = turn < turns.size() && turns.get(turn).begin() < s.end();
            Optional<Actor> firstPerson = inTurn && !speakers.isEmpty() ? speakers.get(turn) : voice;
            // ("“I urge our partners in Budapest to stop blocking the tranche. Every day costs lives,” Sybiha wrote")
            Mention quoting = quoted.get(s.index());
            if (quoting != null) {
                firstPerson = quoting.kind() == Mention.Kind.PERSON ? model.actors().person(quoting.personId(), article.date(), quoting.then())
                        : Optional.of(model.actors().government(quoting));
            }
            // "he" or "she" reaches back two sentences at most: further back, in briefings, it is as often the
            // President the speaker serves as the leader named paragraphs ago (audits 9 and 10: 12 of 25 right)
            boolean recent = s.index() - lastPersonSentence <= ANTECEDENT_REACH;
            SentenceTrace t = traceSentence(article, s, familyNames, new Context(recent ? lastPerson : null,
                    recent ? subjectPerson : null, voice, coVoices, firstPerson, inTurn && turns.get(turn).reporter(), previous, asked, inTurn && !turns.get(turn).reporter() && briefing,
                    meeting != null && s.index() - meeting.sentence() <= 1 ? meeting : null, priorDoer, home));
            previous = t.events();
            priorDoer = openingState(t.mentions(), article.date());
            // the question stays the one answered for the answer's second sentence too ("Q: ... Washington? A: The talks
            // are over. I will not speculate about any future talks."); further into a long answer, briefers have moved on
            // (on White House briefings, declines anywhere in the turn were as often about something else)
            boolean reporting = inTurn && turns.get(turn).reporter();
            if (unasserted(s, reporting) != null) {
                // ("Q: Honduras has established relations with China. Your comment?": the turn's question names Honduras)
                Asked q = new Asked(t);
                if (!(reporting && asked != null && q.mentions().isEmpty())) asked = q;
                firstAnswerSeen = false;
            } else if (asked != null && inTurn && !reporting && !firstAnswerSeen) {
                firstAnswerSeen = true;
            } else {
                asked = null;
            }
            out.add(t);
            boolean first = true;
            for (Mention m : t.mentions()) {
                if (m.kind() != Mention.Kind.PERSON) continue;
                // the first person named in the sentence, most often its subject ("President Biden spoke with
                // President Erdogan ... He reaffirmed"), is the one a later "he" continues
                if (first) subjectPerson = m.personId();
                first = false;
                lastPerson = m.personId();
                lastPersonSentence = s.index();
                String family = model.actors().familyName(m.personId());
                if (family == null || ambiguous.contains(family)) continue;
                String prev = familyNames.putIfAbsent(family, m.personId());
                if (prev != null && !prev.equals(m.personId())) {
                    familyNames.remove(family);
                    ambiguous.add(family);
                }
            }
            Meeting here = meeting(t.sentence(), t.mentions(), article.date());
            if (here != null) {
                meeting = here;
                // "The President of the Republic spoke with Prime Minister Nawaf Salam. He confirmed": whoever met
                // the person named is the subject "he" continues, and names no state here
                if (here.host() == null) subjectPerson = null;
            }
        }
        return out;
    }

    /**
     * @param lastPerson the person last named before this sentence: "he" or "she" as a source is
     *                   taken to be them (wire copy's usual pattern), else null
     */
    private SentenceTrace traceSentence(Article a, Sentence s, Map<String, String> familyNames, Context ctx) {
        if (cascade && !s.tagged()) {
            // first pass on untagged words: people and places are matched by their words, so the
            // article context (last person, family names) is the same as on tagged text
            List<Mention> untagged = model.actors().mentions(s, familyNames);
            boolean mayHaveActor = !untagged.isEmpty() || filter.hasRoleWord(s) || speakerDeclines(s, ctx) || speakerTakesUpAsked(s, ctx);
            if (!mayHaveActor || !filter.hasCueWord(s)) {
                return new SentenceTrace(s, untagged, false, mayHaveActor ? "no act cue" : "no actor", List.of(), List.of());
            }
            if (!filter.hasDeclineWord(s) && !twoStates(a, s, untagged, ctx) && !speakerTakesUpAsked(s, ctx)) {
                return new SentenceTrace(s, untagged, false, "no second state", List.of(), List.of());
            }
            if (s.size() > MAX_SENTENCE_TOKENS) return tooLong(a, s, untagged);
        }
        Sentence tagged = analyzer.tag(s);
        List<Mention> mentions = model.actors().mentions(tagged, familyNames);
        tagged = headlineVerb(tagged, mentions);
        boolean hasCue = false;
        for (Token t : tagged.tokens()) hasCue |= model.cues().mayBeCue(t);
        boolean actor = !mentions.isEmpty() || speakerDeclines(s, ctx) || speakerTakesUpAsked(s, ctx);
        if (!actor || !hasCue) {
            return new SentenceTrace(tagged, mentions, false, !actor ? "no actor" : "no act cue", List.of(), List.of());
        }
        if (s.size() > MAX_SENTENCE_TOKENS) return tooLong(a, tagged, mentions);
        String unasserted = unasserted(s, ctx.reporterTurn());
        if (unasserted != null) {
            return new SentenceTrace(tagged, mentions, true, unasserted, List.of(),
                    List.of(new Rejection(a.id(), s.index(), "", "", "NOT_ASSERTED", unasserted, s.text())));
        }
        Sentence parsed = parse(tagged);
        List<DiscourseEvent> events = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        sentenceEvents(a, parsed, mentions, ctx, events, rejections);
        return new SentenceTrace(parsed, mentions, true, null, events, rejections);
    }

    /**
     * The parse of a tagged sentence, with the parser's commonest failures on news repaired: an opening adjunct that
     * swallowed its clause ({@link LeadingAdjunct}), a closing attribution not made the root ({@link TrailingAttribution}),
     * a reported clause's subject taken for the object of saying ({@link ReportedSubject}), a headline's two clauses
     * joined by a comma ({@link HeadlineConjuncts}), a noun with its infinitive read as a clause
     * ({@link PrepositionalInfinitive}), a gerund with its object read as a noun phrase ({@link PrepositionalGerund}), a
     * verb read as a noun ({@link NominalVerb}) and a finite verb joined to an infinitive ({@link FiniteConjunct}).
     */
    private Sentence parse(Sentence tagged) {
        Predicate<String> reporting = l -> words(l, WordClass.REPORTING);
        Sentence parsed = LeadingAdjunct.repaired(analyzer.parse(tagged), analyzer);
        parsed = TrailingAttribution.repaired(parsed, reporting, analyzer);
        parsed = HeadlineConjuncts.repaired(parsed, analyzer);
        parsed = PrepositionalInfinitive.repaired(parsed);
        parsed = PrepositionalGerund.repaired(parsed);
        parsed = NominalVerb.repaired(parsed);
        parsed = FiniteConjunct.repaired(parsed);
        return ReportedSubject.repaired(parsed, reporting);
    }

    private void sentenceEvents(Article a, Sentence s, List<Mention> mentions, Context ctx,
                                List<DiscourseEvent> events, List<Rejection> rejections) {
        DependencyGraph g = s.graph();
        Set<String> seen = new HashSet<>();
        for (Token t : s.tokens()) {
            for (Cue cue : model.cues().cuesFor(t)) {
                int c = cue.requires("modal") ? modalVerb(s, t.index()) : t.index();
                if (c < 0 || !constraintHolds(s, c, cue)) continue;
                if (cue.pos() == Cue.PartOfSpeech.NOUN && !cue.requires("said") && thankedFor(s, c, cue) < 0 && (governedByVerbCue(s, c, cue, mentions)
                        || !inActPosition(g, c) && predicateHead(s, c) < 0 && !answered(s, c) && standingIn(s, c) < 0 && atRequestOf(s, c) < 0)) continue;
                if (cue.pos() == Cue.PartOfSpeech.VERB && cue.act() == SpeechAct.AFFIRM && restatedAct(s, c) >= 0) continue;
                if (purposeOfSameAct(s, c, cue)) continue;
                Candidate cand = analyse(a, s, c, cue, mentions, ctx);
                targetFromEarlierActs(a, s, c, cand, mentions, ctx, events);
                if (cand.rejection == null && cue.requires("aux") && narratedProgressive(s, c) && !ownProgressive(s, c)
                        && ctx.voice().filter(v -> !cand.isSource(v.country())).isPresent()) {
                    // ("Iran is supplying drones to Russia" in a White House statement: the voice reports another's deed)
                    cand.reject("REPORTED_DEED", "another state's deed under way, told in the voice of " + ctx.voice().get().country());
                }
                if (cand.rejection != null) {
                    rejections.add(new Rejection(a.id(), s.index(), t.lemma(), cand.act.name(), cand.rejection,
                            cand.detail, s.text()));
                    continue;
                }
                List<Actor> sources = new ArrayList<>();
                for (Actor src : concat(cand.source, cand.coSources)) {
                    List<String> members = model.actors().members(src.country(), a.date());
                    if (members.isEmpty()) sources.add(src);
                    // a statement of the G7 or the Quad is an act of each member
                    for (String m : members) sources.add(Actor.government(m, Institution.GOV, Role.GOVERNMENT,
                            model.actors().countryName(m) + " (" + src.country() + ")"));
                }
                List<Actor> targets = new ArrayList<>();
                if (cand.target != null) targets.add(cand.target);
                targets.addAll(cand.coTargets);
                if (targets.isEmpty()) targets.add(null);
                int pairs = 0;
                for (Actor src : sources) {
                    for (Actor tgt : targets) {
                        if (tgt != null && tgt.country().equals(src.country())) continue;
                        if (cand.onlyFrom != null && !cand.onlyFrom.equals(src.country())) continue;
                        // a member's act toward its own group is self-directed ("urged the G7 to ...", said by a G7 member)
                        if (tgt != null && model.actors().members(tgt.country(), a.date()).contains(src.country())) continue;
                        pairs++;
                        String key = src.country() + " " + cand.act + " " + (tgt == null ? "-" : tgt.country());
                        if (seen.add(key)) events.add(build(a, s, c, cue, cand, src, tgt, mentions, ctx));
                    }
                }
                if (pairs == 0) {
                    rejections.add(new Rejection(a.id(), s.index(), t.lemma(), cand.act.name(), "SELF_DIRECTED",
                            "source " + cand.source.country() + " and target " + targets.get(0).country() + " are one state or its own group", s.text()));
                }
            }
        }
    }

    /**
     * "Q: Did the President ask President Duda for more troops? MS. JEAN-PIERRE: I'm not going to get into ...":
     * "I" or "we" of a known speaker (the turn's, else the record's voice) is an actor of a sentence that may
     * decline, though it names none, when it answers a question naming another state (the cascade's screen; the
     * candidate's own test, for every decline by "I" or "we", is in {@code targetFromEarlierActs}).
     */
    /**
     * "Q: Niger's junta says it will prosecute President Bazoum. Your reaction? A: We are appalled by that announcement.",
     * "A: This move by the three European countries is legally baseless": an answer in the speaker's own words (with or
     * without "we": a judgement predicated by no one is the speaker's) that takes up with a demonstrative what a
     * question about another state asked (see {@link #askedTopicTarget}).
     */
    private boolean speakerTakesUpAsked(Sentence s, Context ctx) {
        if (ctx.firstPerson().isEmpty() || ctx.reporterTurn() || ctx.asked() == null) return false;
        if (!namesAnotherState(ctx.asked().mentions(), ctx.firstPerson().get().country()::equals)) return false;
        for (Token t : s.tokens()) if (DEMONSTRATIVES.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** The author of the words, or the doer of the deed, a reporter's question asked about ({@link #askedAboutWords}, {@link #askedAboutDoer}). */
    private Optional<Actor> askedTopicTarget(Article a, Candidate cand, Context ctx) {
        return askedAboutWords(a, cand, ctx).or(() -> askedAboutDoer(a, cand, ctx));
    }

    /**
     * Whether what cue c judges is taken up by a demonstrative determiner ("that announcement", "these insinuations", "this
     * move", "what was said in that speech"): its subject, object or oblique, or a noun or clause inside one.
     */
    private static boolean takesUpDemonstratively(Sentence s, int c) {
        DependencyGraph g = s.graph();
        Deque<int[]> todo = new ArrayDeque<>();
        for (Dependency d : g.children(c)) {
            String b = d.base();
            if (b.equals("nsubj") || b.equals("obj") || b.equals("obl") || b.equals("csubj") || b.equals("ccomp")) todo.add(new int[]{d.dependent(), 1});
        }
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            if (!seen.add(cur[0])) continue;
            String w = s.token(cur[0]).word().toLowerCase(Locale.ROOT);
            // (a determiner of a noun: "that's frustrating" takes up nothing asked)
            if (DEMONSTRATIVES.contains(w) && g.parents(cur[0]).stream().anyMatch(d -> d.base().equals("det"))) return true;
            if (cur[1] >= 3) continue;
            for (Dependency d : g.children(cur[0])) {
                String b = d.base();
                if (b.equals("det") || b.equals("obl") || b.equals("nmod") || b.equals("nsubj") || b.equals("acl") || b.equals("acl:relcl")) {
                    todo.add(new int[]{d.dependent(), cur[1] + 1});
                }
            }
        }
        return false;
    }

    private boolean speakerDeclines(Sentence s, Context ctx) {
        if (ctx.firstPerson().isEmpty() || ctx.reporterTurn() || ctx.asked() == null || !filter.hasDeclineWord(s)) return false;
        if (!namesAnotherState(ctx.asked().mentions(), ctx.firstPerson().get().country()::equals)) return false;
        for (Token t : s.tokens()) if (FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * Whether the sentence can hold an act between two states: every act but a decline needs a
     * target named in the sentence and a source of another country, named there too or standing for
     * the article's voice or its last-named person (the only sources from outside the sentence).
     */
    private boolean twoStates(Article a, Sentence s, List<Mention> mentions, Context ctx) {
        Set<String> countries = new HashSet<>();
        for (Mention m : mentions) if (m.country() != null) countries.add(m.country());
        if (countries.isEmpty()) return false;
        if (countries.size() > 1) return true;
        if (ctx.voice().isPresent() && !countries.contains(ctx.voice().get().country())) return true;
        if (ctx.firstPerson().isPresent() && !countries.contains(ctx.firstPerson().get().country())) return true;
        // "... by the vote", "the verdict": a deed taken up from the sentence before, whose subject was a state
        if (ctx.priorDoer() != null && !countries.contains(ctx.priorDoer().country()) && firstForm(s, deedForms) >= 0) return true;
        // "Algeria summoned the French ambassador. The foreign ministry ... lodged a protest with Paris": in a text with no voice,
        // a government body unqualified is of the state the sentence before opened with (see the source's prior-subject-office)
        if (ctx.voice().isEmpty() && ctx.priorDoer() != null && !countries.contains(ctx.priorDoer().country()) && filter.hasRoleWord(s)) return true;
        // "NAIROBI — ... State House declined to comment": so is one of the state a wire story is filed from
        if (ctx.voice().isEmpty() && ctx.home() != null && !countries.contains(ctx.home().country()) && filter.hasRoleWord(s)) return true;
        // "Støre made his first visit to Iceland. He said Norway would provide two ferries": the state met is the other party
        if (ctx.meeting() != null && !countries.contains(ctx.meeting().partner().country())) return true;
        for (String person : new String[]{ctx.lastPerson(), ctx.subjectPerson()}) {
            if (person == null) continue;
            Optional<Actor> p = model.actors().person(person, a.date(), false);
            if (p.isPresent() && !countries.contains(p.get().country())) return true;
        }
        return false;
    }

    private static SentenceTrace tooLong(Article a, Sentence s, List<Mention> mentions) {
        return new SentenceTrace(s, mentions, true, "too long to parse", List.of(),
                List.of(new Rejection(a.id(), s.index(), "", "", "TOO_LONG", s.size() + " tokens", s.text())));
    }

    /**
     * Why a sentence asserts no act whatever its words: a question, or a reporter's turn in a
     * briefing transcript ({@link SpeakerTurns.Turn#reporter()}); null when it may assert one.
     */
    private static String unasserted(Sentence s, boolean reporterTurn) {
        String t = s.text().strip();
        if (t.endsWith("?") || t.endsWith("?\"") || t.endsWith("?\u201D")) return "a question";
        if (reporterTurn) return "a reporter's question turn";
        return null;
    }

    /** Intermediate result of the rules for one cue. */
    private static final class Candidate {
        Actor source;
        Actor target;
        int targetHead = -1;
        int cueToken = -1;
        /** The head of the source's phrase in this sentence, or -1 (a speaker from outside it). */
        int sourceToken = -1;
        /** The cue's own object is people or a company of a country, not a state: no fallback target. */
        boolean nonStateAddressee;
        /** The source is "I" or "we" of the speaker or the record's voice. */
        boolean firstPerson;
        /** The text has a speaker (a turn's, a quotation's or the record's voice). */
        boolean spoken;
        /** An epithet ("Russia's unjustified war") in a clause of no act, in a text with a speaker: the speaker's wording. */
        boolean epithet;
        /** The source is the speaker of the turn or statement, judging in their own words with no one named as judge. */
        boolean speakerJudges;
        /** The subject of a verb of remaining a judged noun completes ("Canada remains a key partner"), or -1. */
        int remainingSubject = -1;
        /** Coordinated sources and targets: "Japan and Australia urged China and Russia". */
        final List<Actor> coSources = new ArrayList<>();
        /** the one source whose own undertaking a joint pledge is ("commit to address Cambodia's barriers"), or null */
        String onlyFrom;
        final List<Actor> coTargets = new ArrayList<>();
        /** The events told before this sentence in the text (for a group named by count: "the three governments"). */
        List<DiscourseEvent> told = List.of();
        /** The people "him" or "her" may continue from the sentences before: the last one's first person named, then the last named. */
        List<String> priorPersons = List.of();
        double modality = DEFAULT_MODALITY;
        /** The act coded: the cue's, unless the rules re-read it ("a commitment to Israel's security" reassures). */
        SpeechAct act;
        /** The tokens from the target up to the cue, when the target was found below the cue. */
        List<Integer> targetPath = List.of();
        /** The cue's own object is the source's own country ("urged Congress"): a domestic act. */
        boolean domesticAddressee;
        /** A state was passed over because the act was aimed against it ("impose costs on Russia"). */
        boolean hostileSkipped;
        String rejection;
        String detail = "";
        final StringBuilder path = new StringBuilder();

        boolean isSource(String country) {
            if (source != null && source.country().equals(country)) return true;
            for (Actor a : coSources) if (a.country().equals(country)) return true;
            return false;
        }

        Candidate reject(String reason, String why) {
            rejection = reason;
            detail = why;
            return this;
        }
    }

    private Candidate analyse(Article a, Sentence s, int c, Cue cue, List<Mention> mentions, Context ctx) {
        String lastPerson = ctx.lastPerson();
        DependencyGraph g = s.graph();
        Candidate cand = new Candidate();
        cand.told = ctx.previous();
        cand.priorPersons = new ArrayList<>();
        for (String p : new String[]{ctx.subjectPerson(), ctx.lastPerson()}) if (p != null) cand.priorPersons.add(p);
        cand.cueToken = c;
        cand.act = cue.act();
        cand.path.append(cue.pos().name().toLowerCase(Locale.ROOT)).append(':').append(s.token(c).lemma());
        if (cue.requires("modal")) cand.path.append(" modal:").append(cue.lemma());

        // 1. negation, irrealis, modality
        Integer realisedBy = null;
        String block = blocker(s, c, cue, cand);
        if (block != null && block.startsWith("NEGATED:")) {
            Integer exceptive = exceptiveRealisation(s, c);
            if (exceptive != null) {
                realisedBy = exceptive;
                block = null;
                cand.path.append(" exceptive→").append(s.token(exceptive).word());
            }
        }
        if (block != null) {
            int colon = block.indexOf(':');
            return cand.reject(block.substring(0, colon), block.substring(colon + 1));
        }

        if (cue.act() == SpeechAct.REQUEST) {
            String why = notARequest(s, c);
            if (why != null) return cand.reject("NOT_A_REQUEST", why);
        }
        if (cue.act() == SpeechAct.AFFIRM && cue.pos() == Cue.PartOfSpeech.NOUN) {
            String given = givenNotVoiced(s, c, mentions);
            if (given != null) return cand.reject("NOT_VOICED", given);
        }
        // "Finland and Sweden are close and valued defense partners of the United States": a participle describing a
        // noun is the speaker's epithet, not an act of the clause's subject
        // (also parsed as a participle conjoined to a predicate adjective: "are close and valued partners")
        if (cue.pos() == Cue.PartOfSpeech.VERB && g.parents(c).stream().anyMatch(d -> d.governor() >= 0 && (d.base().equals("amod")
                || d.base().equals("conj") && s.token(c).pos().equals("VBN") && s.token(d.governor()).pos().startsWith("JJ") && g.hasChild(d.governor(), "cop")
                && prenominal(s, c)))) {
            return cand.reject("ATTRIBUTIVE", "a participle describing, not an act: " + s.token(c).word());
        }
        // a future "will support", "will stand with" reassures now; a future "will welcome", "will
        // reaffirm" previews words not yet said
        boolean verb = cue.pos() == Cue.PartOfSpeech.VERB;
        String lemma = s.token(c).lowerLemma();
        if (cue.act() == SpeechAct.REQUEST || cue.act() == SpeechAct.REBUKE
                || cue.act() == SpeechAct.AFFIRM && !(verb && words(lemma, WordClass.ASSURING)) && !remainingPredicate(s, c)
                || cue.act() == SpeechAct.PLEDGE && (!verb || talking(lemma))) {
            String future = announced(s, c);
            if (future != null) return cand.reject("IRREALIS", "announced, not yet made: " + future);
        }
        if (cue.act() != SpeechAct.DECLINE) {
            // (whatever the act: "we will send a clear message to Ukraine that we stand by them")
            String preview = previewed(s, c);
            if (preview != null) return cand.reject("IRREALIS", "announced, not yet made: " + preview);
        }

        if (cue.act() == SpeechAct.PLEDGE && verb) {
            String described = describedProvision(s, c);
            if (described != null) return cand.reject("NOT_UNDERTAKEN", described);
        }
        if ((cue.act() == SpeechAct.PLEDGE || cue.act() == SpeechAct.AFFIRM) && verb) {
            for (Dependency o : g.children(c, "obj")) {
                // "has pledged death to America": what is pledged is an aim against the one it names
                if (words(s.token(o.dependent()).lowerLemma(), WordClass.HOSTILE)) return cand.reject("HOSTILE_AIM", "pledges " + s.token(o.dependent()).word());
            }
        }
        if (cue.act() == SpeechAct.PLEDGE && verb && g.children(c, "obj").stream().anyMatch(d -> words(s.token(d.dependent()).lowerLemma(), WordClass.ASSAULT))) {
            // "while Maduro and his representatives commit electoral fraud": a wrong committed, nothing undertaken
            return cand.reject("NOT_A_PLEDGE", "a wrong done: " + s.token(c).word());
        }
        if (cue.act() == SpeechAct.PLEDGE && verb && words(lemma, WordClass.EMPHATIC) && g.children(c).stream().anyMatch(d ->
                (d.base().equals("obj") || d.base().equals("iobj")) && s.token(d.dependent()).word().equalsIgnoreCase("you"))
                && g.children(c).stream().anyMatch(d -> d.base().equals("ccomp") || d.base().equals("parataxis")
                        || d.base().equals("dep") && s.token(d.dependent()).isVerb())) {
            // "I promise you, I do not believe NATO would have come together", "I guarantee you Putin has been hoping":
            // an emphatic assertion to the listener, nothing undertaken
            return cand.reject("NOT_A_PLEDGE", "an assertion: " + s.token(c).word() + " you");
        }
        if (cue.act() == SpeechAct.PLEDGE && verb) {
            // "Manila signed a contract with BrahMos Aerospace to buy missiles": a deal with a company binds no state to another
            int deal = dealTerm(s, c);
            for (Dependency d : deal < 0 ? List.<Dependency>of() : g.children(deal)) {
                if (d.subtype().equals("with") && !mentionAt(mentions, d.dependent()) && s.token(d.dependent()).pos().startsWith("NNP")) {
                    return cand.reject("NON_STATE", "a deal with " + s.token(d.dependent()).word());
                }
            }
        }
        if (cue.act() == SpeechAct.PLEDGE && verb) {
            for (Dependency o : g.children(c, "obj")) {
                // "will send a clear message to Moscow": words sent, nothing undertaken
                if (words(s.token(o.dependent()).lowerLemma(), WordClass.MESSAGE)) return cand.reject("MESSAGE", "sends word, not a deed: " + s.token(o.dependent()).word());
            }
        }

        // 2. source
        int sourceHead = -1;
        Set<Integer> sourcePhrase = Set.of();
        // a passive subject lent by a wrongly attached conjunct does not make the cue passive
        int high = highAttachedSubject(s, c);
        // ("Poland's plan to spend 5 per cent was praised by Hegseth": a clause as the passive subject)
        boolean passive = !(g.children(c, "nsubj:pass").isEmpty() && g.children(c, "csubj:pass").isEmpty()) && high < 0;
        // "Washington was disappointed by Beijing's decision": a feeling's passive subject feels it
        // (as does one of an adjective cue tagged as the participle it is: "I am appalled by the execution")
        boolean psychPassive = passive && (cue.act() == SpeechAct.DISAPPOINT && cue.pos() == Cue.PartOfSpeech.VERB
                || cue.pos() == Cue.PartOfSpeech.ADJ && s.token(c).pos().equals("VBN"));
        if (psychPassive) passive = false;
        // "Washington is committed to the Philippines' defense": a pledging participle with no agent is its subject's state
        if (passive && cue.act() == SpeechAct.PLEDGE && verb && standing(s, c)) passive = false;
        List<int[]> sourceCands = new ArrayList<>();
        if (realisedBy != null) {
            // "beyond a brief post by a deputy spokesperson": the agent hangs on the post or on its verb
            List<Dependency> around = new ArrayList<>(g.children(realisedBy));
            for (Dependency up : g.parents(realisedBy)) if (up.governor() >= 0) around.addAll(g.children(up.governor()));
            for (Dependency d : around) {
                if (SOURCE_OBLIQUES.contains(d.subtype()) && !d.base().equals("case")) {
                    sourceCands.add(new int[]{d.dependent()});
                    cand.path.append(" source:" + d.relation());
                }
            }
        }
        boolean reportedJudgement = cue.pos() != Cue.PartOfSpeech.VERB && cue.requires("said");
        if (reportedJudgement) {
            // "Mirzoyan told the Council that Baku's blockade amounted to ethnic cleansing": the one who says so judges
            int speaker = reportingSpeaker(s, judgedClause(s, c), true);
            if (speaker >= 0) sourceCands.add(new int[]{speaker});
            cand.path.append(" source:reporter");
        }
        int thanking = thankedFor(s, c, cue);
        if (sourceCands.isEmpty() && thanking >= 0 && g.children(c, "nmod:poss").stream()
                .anyMatch(p -> THIRD_PERSON_POSSESSIVE.contains(s.token(p.dependent()).word().toLowerCase(Locale.ROOT)))) {
            // "thanked Oslo for its pledge": the one thanked
            for (Dependency o : g.children(thanking, "obj")) sourceCands.add(new int[]{o.dependent()});
            cand.path.append(" source:thanked");
        }
        cand.spoken = ctx.firstPerson().isPresent() && !ctx.reporterTurn();
        if (sourceCands.isEmpty()) sourceCands = sourceHeads(s, c, cue, passive, high, cand);
        // the last resort, after the cue's own subjects: the subject of the verb a misattached conjunct belongs to
        int embedding = verb && !passive && high < 0 ? embeddingSubject(s, c) : -1;
        if (embedding >= 0) sourceCands.add(new int[]{embedding});
        for (int[] h : sourceCands) {
            int head = resolvePronoun(s, h[0]);
            Optional<Actor> src = resolver.resolve(s, head, mentions, a.date());
            if (!ctx.coVoices().isEmpty() && ctx.voice().isPresent() && jointSubject(s, head)) {
                // "Joint Statement by President Biden and President Yoon ... The two Presidents reaffirm ... They call on
                // the DPRK": in a joint statement "they" or "the two leaders" are its issuers
                src = ctx.voice();
                cand.coSources.addAll(ctx.coVoices());
                cand.path.append(" source:joint-voices");
            }
            // "Canada remains a key U.S. partner" in the words of another state's voice is that voice's judgement of Canada
            // (a turn of a speaker the dictionary does not know, "Sen. James Lankford:", is still in the record's voice's text)
            Optional<Actor> speaking = ctx.firstPerson().isPresent() ? ctx.firstPerson() : ctx.voice();
            if (head == cand.remainingSubject && src.isPresent() && speaking.isPresent()
                    && !speaking.get().country().equals(src.get().country())) continue;
            String word = s.token(head).word().toLowerCase(Locale.ROOT);
            if (src.isEmpty() && FIRST_PERSON.contains(word)) {
                src = ctx.firstPerson();
                if (src.isPresent()) cand.path.append(src.equals(ctx.voice()) ? " source:document-voice" : " source:speaker-turn");
                if (src.isPresent() && src.equals(ctx.voice())) cand.coSources.addAll(ctx.coVoices());
                cand.firstPerson = src.isPresent();
            }
            if (src.isEmpty() && (THIRD_PERSON.contains(word) || bareRole(s, mentions, head))) {
                // "the Department of Foreign Affairs said it had filed a protest": "it" is the one who
                // said so; "a Danish spokesperson said the ministry had no comment": so is "the ministry"
                int speaker = reportedSpeakerOf(s, head);
                if (speaker >= 0) {
                    src = resolver.resolve(s, speaker, mentions, a.date());
                    if (src.isPresent()) {
                        cand.path.append(" source:reported-speaker");
                        head = speaker;
                    }
                }
                // "the foreign ministry expressed regret ... and it called in a diplomat": "it" in a
                // conjoined clause is the first clause's subject
                if (src.isEmpty() && (word.equals("it") || word.equals("they"))) {
                    int first = conjoinedSubject(s, head);
                    if (first >= 0) {
                        src = resolver.resolve(s, first, mentions, a.date());
                        if (src.isPresent()) {
                            cand.path.append(" source:first-conjunct");
                            head = first;
                        }
                    }
                }
            }
            if (src.isEmpty() && roleAt(mentions, head) != null) {
                // "India has refrained from criticising Russia, and its foreign ministry declined to comment": a body of
                // "its" or "their" is of the state the sentence opens with (else the one the sentence before opened with)
                for (Dependency p : g.children(head, "nmod:poss")) {
                    if (!THIRD_PERSON_POSSESSIVE.contains(s.token(p.dependent()).word().toLowerCase(Locale.ROOT))) continue;
                    Mention opening = null;
                    for (Mention m : mentions) {
                        if (m.kind() == Mention.Kind.PLACE && m.end() <= p.dependent() && !adjectival(g, m)) {
                            opening = m;
                            break;
                        }
                    }
                    src = opening != null ? Optional.of(model.actors().government(opening)) : Optional.ofNullable(ctx.priorDoer());
                    if (src.isPresent()) cand.path.append(" source:possessor-antecedent");
                }
                // "Peters told him such interference was unacceptable, his office said": a body of "his" or "her" is the
                // office of the person named last before it (in the sentence, else recently)
                for (Dependency p : g.children(head, "nmod:poss")) {
                    String w = s.token(p.dependent()).word().toLowerCase(Locale.ROOT);
                    if (src.isPresent() || !PERSON_POSSESSIVE.contains(w)) continue;
                    String person = lastPerson;
                    for (Mention m : mentions) if (m.kind() == Mention.Kind.PERSON && m.end() <= p.dependent()) person = m.personId();
                    if (person == null) continue;
                    String body = s.token(head).word();
                    src = model.actors().person(person, a.date(), false).map(x -> Actor.government(x.country(), Institution.GOV, Role.GOVERNMENT,
                            model.actors().countryName(x.country()) + " " + body));
                    if (src.isPresent()) cand.path.append(" source:person-office");
                }
            }
            // "he" or "she", and an unqualified "the foreign ministry": the person named last before
            // it in the sentence, else in the article
            final int at = head;
            boolean unqualifiedRole = bareRole(s, mentions, at);
            if (src.isEmpty() && unqualifiedRole && pair(s, at)) {
                // "Secretary Blinken met Foreign Minister Hayashi. The two ministers condemned ...": both parties to the
                // meeting told in this sentence or the one before
                Meeting m = meetingBefore(s, at, mentions, a.date(), ctx);
                if (m != null && m.host() != null && !m.host().equals(m.partner().country())) {
                    src = Optional.of(Actor.government(m.host(), Institution.GOV, Role.GOVERNMENT, model.actors().countryName(m.host())));
                    cand.coSources.add(m.partner());
                    cand.path.append(" source:meeting-pair");
                }
            }
            if (src.isEmpty() && unqualifiedRole) {
                // "President Biden met the Amir of Qatar. The President underscored": in an office's
                // own record, a role its country holds is its own
                // ("Statement by the Ministry of Foreign Affairs of the Republic of Korea ... The Government expresses deep
                // regret": a government body unqualified is the voice's own too)
                Mention bare = roleAt(mentions, at);
                src = voiceOffice(ctx.voice(), bare, a.date(), bare != null && bare.role() == Role.GOVERNMENT);
                // ("MS. JEAN-PIERRE: the President is disappointed": in a spokesperson's turn, the office they speak for)
                if (src.isEmpty() && ctx.firstPerson().isPresent() && SPEAKING_FOR.contains(ctx.firstPerson().get().role())) {
                    src = voiceOffice(ctx.firstPerson(), roleAt(mentions, at), a.date(), false);
                }
                if (src.isPresent()) cand.path.append(" source:voice-role");
            }
            // (and "his" or "her" owning the act: "Merkel ... voiced her regret to Washington")
            boolean owner = PERSON_POSSESSIVE.contains(word) && g.parents(head).stream().anyMatch(d -> d.governor() == c && d.relation().equals("nmod:poss"));
            if (src.isEmpty() && (word.equals("he") || word.equals("she") || owner || unqualifiedRole)) {
                // a role is the last person named ("met Prime Minister Albanese. The Prime Minister urged"); "he"
                // continues the first, most often the subject ("during Albanese's talks with Marcos, he thanked")
                String antecedent = unqualifiedRole ? lastPerson : ctx.subjectPerson();
                for (Mention m : mentions) {
                    if (m.kind() != Mention.Kind.PERSON || m.end() > at) continue;
                    antecedent = m.personId();
                    if (!unqualifiedRole) break;
                }
                if (antecedent != null) {
                    Optional<Actor> person = model.actors().person(antecedent, a.date(), false);
                    src = unqualifiedRole ? person.map(p -> Actor.government(p.country(), Institution.GOV, Role.GOVERNMENT,
                            model.actors().countryName(p.country()) + " " + s.token(h[0]).word())) : person;
                    if (src.isPresent()) cand.path.append(" source:antecedent");
                }
            }
            int office = unqualifiedRole ? at : THIRD_PERSON.contains(word) ? reportedSpeakerOf(s, at) : -1;
            if (src.isEmpty() && office >= 0 && bareRole(s, mentions, office) && ctx.voice().isEmpty() && ctx.priorDoer() != null
                    && ctx.home() == null && roleAt(mentions, office).role() == Role.GOVERNMENT) {
                // "Rwanda cut diplomatic ties with Belgium. In a statement, the government accused Brussels", "Thailand
                // recalled its ambassador. The foreign ministry said it had lodged a protest": in a news report, a
                // government body unqualified is of the state the sentence before opened with
                src = Optional.of(Actor.government(ctx.priorDoer().country(), Institution.GOV, Role.GOVERNMENT,
                        model.actors().countryName(ctx.priorDoer().country()) + " " + s.token(office).word()));
                cand.path.append(" source:prior-subject-office");
            }
            if (src.isEmpty() && office < 0 && ctx.home() != null && s.token(at).pos().startsWith("NNP") && !mentionAt(mentions, at)) {
                // ("Presidential spokesman Manuel Adorni", a person the dictionary does not know, titled by an office)
                for (Dependency d : g.children(at, "compound")) if (bareRole(s, mentions, d.dependent())) office = d.dependent();
            }
            if (src.isEmpty() && office >= 0 && bareRole(s, mentions, office) && ctx.voice().isEmpty() && ctx.home() != null) {
                // "BUENOS AIRES — Presidential spokesman Manuel Adorni declined to comment", "JERUSALEM — The Prime
                // Minister's Office declined": in wire copy, an office no one qualifies is of the state the story is filed from
                src = Optional.of(Actor.government(ctx.home().country(), Institution.GOV, roleAt(mentions, office).role(),
                        model.actors().countryName(ctx.home().country()) + " " + s.token(office).word()));
                cand.path.append(" source:dateline-office");
            }
            if (src.isPresent()) {
                if (h[0] == embedding) cand.path.append(" source:embedding-verb");
                cand.source = src.get();
                sourceHead = head;
                sourcePhrase = new HashSet<>(ActorResolver.phrase(g, head));
                break;
            }
        }
        if (cand.source == null) {
            // "the Blue House said it was deeply disappointed", "Tokyo said it was regrettable that":
            // a pronoun or expletive subject in what someone said stands for the one who said it
            int speaker = reportingSpeaker(s, c, false);
            if (speaker >= 0) {
                Optional<Actor> src = resolver.resolve(s, speaker, mentions, a.date());
                if (src.isPresent()) {
                    cand.source = src.get();
                    sourceHead = speaker;
                    sourcePhrase = new HashSet<>(ActorResolver.phrase(g, speaker));
                    cand.path.append(" source:reported-speaker");
                }
            }
        }
        if (cand.source == null && cue.pos() != Cue.PartOfSpeech.VERB && (reportedJudgement || evaluative(s, c, cue))
                && (g.hasChild(c, "cop") || predicateHead(s, c) >= 0) && ctx.firstPerson().isPresent() && !ctx.reporterTurn()) {
            // "GUO JIAKUN: ... its so-called patrols are provocations", "Japan is a great ally": a judgement predicated in
            // the speaker's own words, made by no one in the sentence, is the speaker's of the turn or the statement (not
            // an epithet in passing: "in response to Russia's unjustified war")
            cand.source = ctx.firstPerson().get();
            cand.firstPerson = true;
            cand.speakerJudges = true;
            cand.path.append(" source:speaker-judges");
        }
        if (cand.source == null && cue.pos() == Cue.PartOfSpeech.NOUN && g.parents(c).stream().allMatch(d -> d.governor() < 0)
                && words(s.token(c).lowerLemma(), WordClass.THANKING) && ctx.firstPerson().isPresent() && !ctx.reporterTurn()) {
            // "Prime Minister Narendra Modi, on X: Warm congratulations to Anura Kumara Dissanayake": a verbless act in the
            // words of a turn or statement is its speaker's (thanks and congratulations only: "Support for Ukraine:",
            // "Fourth, support for Haiti." are headings and lists of topics; White House audits: 1 of 7 such events right)
            cand.source = ctx.firstPerson().get();
            cand.firstPerson = true;
            cand.path.append(" source:verbless-turn");
        }
        if (cand.source == null && cand.epithet && ctx.firstPerson().isPresent()) {
            cand.source = ctx.firstPerson().get();
            cand.firstPerson = true;
            cand.path.append(" source:speaker-epithet");
        }
        if (cand.source == null && verb && !passive && g.children(c, "nsubj").isEmpty() && words(s.token(c).lowerLemma(), WordClass.THANKING)
                && g.children(c, "obj").stream().anyMatch(o -> s.token(o.dependent()).word().equalsIgnoreCase("you"))
                && ctx.firstPerson().isPresent() && !ctx.reporterTurn()) {
            // "“Thank you, Denmark,” Zelensky wrote", "THE PRESIDENT: Thank you, Mr. Prime Minister": thanks with no subject,
            // said to "you", are the speaker's
            cand.source = ctx.firstPerson().get();
            cand.firstPerson = true;
            cand.path.append(" source:thank-you");
        }
        if (cand.source == null && verb && !passive) {
            // "Hours after the clash, Starmer embraced Zelensky and assured him": when the cue's own subject names no
            // actor (a misparsed time phrase, shared with its conjunct), the subjects of the verbs it is conjoined to
            // (only a conjunct whose subjects the cue shares in part: another verb's subject is not the cue's)
            int cur = c;
            Set<Integer> own = new HashSet<>();
            for (Dependency sub : g.children(c, "nsubj")) own.add(sub.dependent());
            for (int depth = 0; depth < 2 && cand.source == null && !own.isEmpty(); depth++) {
                int up = -1;
                for (Dependency d : g.parents(cur)) {
                    if (d.governor() >= 0 && d.governor() < cur && d.base().equals("conj")
                            && g.children(d.governor(), "nsubj").stream().anyMatch(x -> own.contains(x.dependent()))) up = d.governor();
                }
                if (up < 0) break;
                for (Dependency sub : g.children(up, "nsubj")) {
                    if (sub.relation().equals("nsubj:pass") || own.contains(sub.dependent())) continue;
                    Optional<Actor> src = resolver.resolve(s, sub.dependent(), mentions, a.date());
                    if (src.isPresent()) {
                        cand.source = src.get();
                        sourceHead = sub.dependent();
                        sourcePhrase = new HashSet<>(ActorResolver.phrase(g, sourceHead));
                        cand.path.append(" source:conjunct-subject");
                        break;
                    }
                }
                cur = up;
            }
        }
        if (cand.source == null && verb && !passive) {
            // "Sheinbaum spoke with Trump, who agreed to pause the tariffs": the parser seldom hangs a relative clause
            // after a name on that name; a cue right after ", who" (or ", which" after a state) is the named one's
            int ante = relativeAntecedent(s, c, mentions);
            Optional<Actor> src = ante < 0 ? Optional.empty() : resolver.resolve(s, ante, mentions, a.date());
            if (src.isPresent()) {
                cand.source = src.get();
                sourceHead = ante;
                sourcePhrase = new HashSet<>(ActorResolver.phrase(g, ante));
                cand.path.append(" source:relative-antecedent");
            }
        }
        // "Riyadh and Tehran agreed to restore ties, and both governments thanked China", "... and both thanked", "... with each
        // country committing": a pair that names no one is the two states named before it, whether or not it resolved to one
        boolean paired = false;
        for (int i = 0; cand.source == null && i < sourceCands.size(); i++) {
            paired = pairSource(s, sourceCands.get(i)[0], mentions, a.date(), cand);
            if (paired) sourceHead = sourceCands.get(i)[0];
        }
        if (cand.source == null) return cand.reject("NO_SOURCE", "no actor in subject, agent or possessor");
        if (!paired && sourceHead >= 0) pairSource(s, sourceHead, mentions, a.date(), cand);
        cand.sourceToken = sourceHead;
        // "Japan and Australia urged", "the leaders of Britain, Japan and Italy committed": conjuncts
        // of the source or of a name inside its phrase
        List<Integer> heads = new ArrayList<>();
        if (sourceHead >= 0) heads.add(sourceHead);
        for (int t : sourcePhrase) if (t != sourceHead && mentionAt(mentions, t)) heads.add(t);
        for (int h : heads) {
            for (Dependency cj : g.children(h, "conj")) {
                Optional<Actor> co = resolver.resolve(s, cj.dependent(), mentions, a.date());
                if (co.isPresent() && distinctCountry(co.get(), cand.source, cand.coSources)) {
                    cand.coSources.add(co.get());
                    sourcePhrase.addAll(ActorResolver.phrase(g, cj.dependent()));
                    cand.path.append(" source:conj");
                }
            }
        }
        Set<String> sourceCountries = new HashSet<>();
        sourceCountries.add(cand.source.country());
        for (Actor x : cand.coSources) sourceCountries.add(x.country());

        // 3. target
        Set<Integer> exclude = new HashSet<>(sourcePhrase);
        Optional<Actor> tgt = Optional.empty();
        if (psychPassive) {
            for (Dependency d : g.children(c)) {
                if (!(d.relation().equals("obl:agent") || d.relation().equals("obl:by") || d.relation().equals("obl:with"))) continue;
                tgt = resolver.resolveTarget(s, d.dependent(), mentions, a.date()).filter(x -> !sourceCountries.contains(x.country()));
                if (tgt.isEmpty()) tgt = targetBelow(s, d.dependent(), cand, exclude, mentions, a.date(), cue);
                if (tgt.isPresent()) {
                    cand.path.append(" target:feeling-cause");
                    if (cand.targetHead < 0) cand.targetHead = d.dependent();
                    break;
                }
            }
        }
        if (passive && !cue.pos().equals(Cue.PartOfSpeech.ADJ)) {
            List<Dependency> passiveSubjects = new ArrayList<>(g.children(c, "nsubj:pass"));
            for (Dependency clause : g.children(c, "csubj:pass")) passiveSubjects.addAll(g.children(clause.dependent(), "nsubj"));
            for (Dependency d : passiveSubjects) {
                if (model.nonState().find(single(s, d.dependent())).isPresent()) continue;
                tgt = resolver.resolveTarget(s, d.dependent(), mentions, a.date())
                        .filter(x -> !cand.isSource(x.country()));
                if (tgt.isPresent()) {
                    cand.path.append(" target:nsubj:pass");
                    cand.targetHead = d.dependent();
                }
            }
        }
        if (cue.act() == SpeechAct.DECLINE) {
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).isNoun() && words(s.token(i).lowerLemma(), WordClass.DECLINE_TOPIC)) exclude.addAll(subtree(g, i));
            }
        }
        int doer = atRequestOf(s, c);
        if (tgt.isEmpty() && doer >= 0) {
            // "Moscow agreed to station weapons there at the request of Lukashenko": asked of the one who acts on it
            for (Dependency d : g.children(subjectBearer(g, doer), "nsubj")) {
                if (d.relation().equals("nsubj:pass")) continue;
                tgt = resolver.resolve(s, resolvePronoun(s, d.dependent()), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                if (tgt.isPresent()) {
                    cand.path.append(" target:acts-on-request");
                    cand.targetHead = d.dependent();
                    break;
                }
            }
        }
        if (reportedJudgement) {
            // ... the state whose deed the clause is about: the clause's subject or the subject's possessor or modifier ("Baku's
            // blockade amounted to"), first the judging noun's own when it is in the subject ("Russia's aggression has raised
            // prices"; not when it only labels what the clause is about: "Ukrainians fleeing Russia's aggression")
            List<Dependency> whose = new ArrayList<>();
            if (cue.pos() == Cue.PartOfSpeech.NOUN && inSubject(g, c)) {
                for (Dependency w : g.children(c)) if (w.relation().equals("nmod:poss") || w.base().equals("amod")) whose.add(w);
            }
            for (Dependency sub : g.children(judgedClause(s, c))) if (sub.base().equals("nsubj")) whose.add(sub);
            for (Dependency sub : whose) {
                if (exclude.contains(sub.dependent())) continue;
                List<Integer> judged = new ArrayList<>(List.of(sub.dependent()));
                if (sub.base().equals("nsubj")) {
                    for (Dependency w : g.children(sub.dependent())) {
                        if (w.relation().equals("nmod:poss") || w.base().equals("amod") || w.base().equals("compound")) judged.add(w.dependent());
                    }
                }
                for (int h : judged) {
                    tgt = resolver.resolveTarget(s, resolvePronoun(s, h), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                    if (tgt.isPresent()) {
                        cand.path.append(" target:reported-subject");
                        cand.targetHead = h;
                        break;
                    }
                }
                if (tgt.isPresent()) break;
            }
            if (tgt.isEmpty()) return cand.reject("NO_TARGET", "what is judged is no state's deed");
        }
        if (tgt.isEmpty()) tgt = targetBelow(s, c, cand, exclude, mentions, a.date(), cue);
        if (tgt.isEmpty() && verb && !passive && cue.act() != SpeechAct.DECLINE && !g.hasChild(c, "obj") && c + 1 < s.size()
                && !cand.hostileSkipped && !cand.nonStateAddressee && !cand.domesticAddressee) {
            // "... and accused Moscow of mocking every effort", with "Moscow" parsed as another verb's object: a state
            // named right after a transitive cue that has no object of its own is its object
            for (Mention m : mentions) {
                if (m.start() != c + 1 || m.kind() == Mention.Kind.ROLE || exclude.contains(m.start())) continue;
                Optional<Actor> next = m.kind() == Mention.Kind.PERSON ? model.actors().person(m.personId(), a.date(), m.then())
                        : Optional.of(model.actors().government(m));
                tgt = next.filter(x -> !cand.isSource(x.country()));
                if (tgt.isPresent()) {
                    cand.path.append(" target:next-word:").append(m.text());
                    cand.targetHead = m.end() - 1;
                }
            }
        }
        if (tgt.isEmpty() && cue.act() == SpeechAct.PLEDGE) {
            // "agreed to station weapons in Belarus at the request of Lukashenko": undertaken for the one who asked
            int asked = requestAnswered(s, c);
            if (asked >= 0) {
                tgt = resolver.resolve(s, asked, mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                if (tgt.isPresent()) {
                    cand.path.append(" target:requester");
                    cand.targetHead = asked;
                }
            }
        }
        if (tgt.isEmpty() && cue.pos() != Cue.PartOfSpeech.VERB) {
            for (Dependency d : g.parents(c)) {
                if (d.governor() >= 0 && s.token(d.governor()).isVerb()) {
                    exclude.add(c);
                    // "Tokyo drew a rebuke from Beijing": the light verb's subject receives the act
                    // (or the subject of the clause it depends on: "North Korea fired ..., drawing a condemnation")
                    // ("Kyiv thanked Oslo for its pledge of aid": the one who thanks for a pledge received it)
                    boolean receiving = words(s.token(d.governor()).lowerLemma(), WordClass.RECEIVING) || thankedFor(s, c, cue) == d.governor();
                    for (Dependency sub : g.children(subjectBearer(g, d.governor()), "nsubj")) {
                        if (!receiving || exclude.contains(sub.dependent()) || model.nonState().find(single(s, sub.dependent())).isPresent()) continue;
                        tgt = resolver.resolveTarget(s, sub.dependent(), mentions, a.date())
                                .filter(x -> !cand.isSource(x.country()));
                        if (tgt.isPresent()) {
                            cand.path.append(" target:light-verb-subject");
                            cand.targetHead = sub.dependent();
                            break;
                        }
                    }
                    if (tgt.isPresent()) break;
                    tgt = targetBelow(s, d.governor(), cand, exclude, mentions, a.date(), cue);
                    if (tgt.isPresent()) break;
                }
            }
        }
        if (tgt.isEmpty() && cue.pos() == Cue.PartOfSpeech.VERB && !cand.domesticAddressee) {
            // "called in a senior Japanese diplomat to protest": a purpose clause addresses whom its verb acted on
            for (Dependency d : g.parents(c)) {
                if (d.governor() < 0 || !(d.relation().equals("advcl:to") || d.relation().equals("xcomp")) || !s.token(d.governor()).isVerb()) continue;
                for (Dependency o : g.children(d.governor())) {
                    if (exclude.contains(o.dependent())) continue;
                    if (!o.base().equals("obj") && !(o.base().equals("obl") && particle(s, d.governor()) == o.dependent())) continue;
                    tgt = resolver.resolveTarget(s, o.dependent(), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                    if (tgt.isPresent()) {
                        cand.path.append(" target:purpose-of:").append(s.token(d.governor()).word());
                        cand.targetHead = o.dependent();
                        break;
                    }
                }
                if (tgt.isPresent()) break;
            }
        }
        if (tgt.isEmpty() && cue.pos() == Cue.PartOfSpeech.VERB && cue.act() != SpeechAct.DECLINE && !cand.hostileSkipped) {
            // "sent a diplomatic note to India asking for the return of Hasina", "a note verbale seeking her extradition was
            // sent to New Delhi": a text that asks or protests is addressed to the one it was sent to
            for (Dependency up : g.parents(c)) {
                if (up.governor() < 0) continue;
                Dependency carried;
                if (up.base().equals("acl") && s.token(up.governor()).isNoun()) {
                    carried = g.headEdge(up.governor());
                } else if ((up.base().equals("dep") || up.base().equals("advcl")) && s.token(up.governor()).isVerb()
                        && !g.children(up.governor(), "obj").isEmpty()) {
                    // ("sent a note verbale to India seeking the return of Hasina", parsed with the participle on the verb)
                    carried = g.children(up.governor(), "obj").get(0);
                } else {
                    continue;
                }
                if (carried == null || carried.governor() < 0 || !s.token(carried.governor()).isVerb()
                        || !(carried.base().equals("obj") || carried.relation().equals("nsubj:pass") || carried.relation().equals("obl:to"))) continue;
                // (the participle is often parsed on the recipient itself: "sent a note to India asking"; "sent Germany a
                // note demanding": the indirect object is the recipient)
                List<Dependency> recipients = carried.relation().equals("obl:to") ? List.of(carried) : g.children(carried.governor());
                for (Dependency to : recipients) {
                    if (!to.relation().equals("obl:to") && !to.base().equals("iobj")) continue;
                    tgt = resolver.resolveTarget(s, to.dependent(), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                    if (tgt.isPresent()) {
                        cand.targetHead = to.dependent();
                        cand.path.append(" target:sent-to");
                        break;
                    }
                }
                if (tgt.isPresent()) break;
            }
        }
        if (tgt.isEmpty() && cue.pos() == Cue.PartOfSpeech.VERB && cue.act() != SpeechAct.DECLINE) {
            // "urged both capitals to keep talking", "urged both neighbours to let observers verify": the two states named
            // before them (each an addressee), as "both governments" as a source is
            for (Dependency o : g.children(c)) {
                if (!(o.base().equals("obj") || o.relation().equals("obl:on")) || !pairNoun(s, o.dependent())) continue;
                // (named as nouns: "accusation that Guyana had become a base for American aggression" names no third party;
                // else the parties of the sentence before's acts: "Cambodia accused Thailand ... Malaysia urged both neighbours")
                Map<String, Actor> named = new LinkedHashMap<>();
                for (Mention m : mentions) {
                    if (m.end() > o.dependent() || m.kind() == Mention.Kind.ROLE) continue;
                    if (adjectival(g, m)) continue;
                    resolver.resolve(s, m.end() - 1, mentions, a.date()).ifPresent(x -> named.putIfAbsent(x.country(), x));
                }
                named.keySet().removeIf(cand::isSource);
                if (named.size() < 2) {
                    for (DiscourseEvent e : ctx.previous()) {
                        for (Actor x : new Actor[]{e.source(), e.target()}) if (x != null && !cand.isSource(x.country())) named.putIfAbsent(x.country(), x);
                    }
                }
                List<Actor> two = new ArrayList<>(named.values());
                if (two.size() != 2) continue;
                tgt = Optional.of(two.get(0));
                cand.coTargets.add(two.get(1));
                cand.targetHead = o.dependent();
                cand.path.append(" target:pair");
                break;
            }
        }
        if (tgt.isEmpty() && cue.pos() == Cue.PartOfSpeech.VERB && cue.act() != SpeechAct.DECLINE && !cand.domesticAddressee
                && !cand.hostileSkipped && !cand.nonStateAddressee) {
            // "we will send specialists to help secure its border", "Fidan pledged to stand by its new government": "its" or
            // "their" in what the cue takes is the state named last before it that is not the source
            // (only when the source is a person or "we": "Germany promised to extend its patrols" is Germany's own)
            // (and only for what is undertaken or affirmed: "We call on all partners to help Ukraine rebuild its future"
            // asks the partners, not the one "its" stands for; White House audit 56)
            boolean personal = cand.firstPerson || cand.sourceToken >= 0 && mentions.stream()
                    .anyMatch(m -> m.contains(cand.sourceToken) && m.kind() == Mention.Kind.PERSON);
            if (personal && (cue.act() == SpeechAct.PLEDGE || cue.act() == SpeechAct.AFFIRM)) tgt = possessiveAntecedent(s, c, cue, cand, exclude, mentions);
        }
        if (tgt.isEmpty() && cue.pos() == Cue.PartOfSpeech.VERB && cue.act() != SpeechAct.DECLINE && !cand.domesticAddressee
                && !cand.hostileSkipped && !cand.nonStateAddressee) {
            // "lodged a protest with the Chinese side and requested its removal", "thanked Washington and
            // vowed to build a stronger alliance": a conjoined act of the same speaker to someone addresses them too
            tgt = addressee(s, conjoinedAddressee(s, c, cue, exclude, mentions), "conjoined-act", false, cand, mentions, a.date());
        }
        if (tgt.isEmpty() && cue.pos() == Cue.PartOfSpeech.VERB && (cue.act() == SpeechAct.PLEDGE || cue.act() == SpeechAct.AFFIRM)
                && !cand.domesticAddressee && !cand.hostileSkipped && !cand.nonStateAddressee) {
            // "Yoon told Zelensky that South Korea would provide ambulances": a commitment told to someone is made to them
            tgt = addressee(s, toldAddressee(s, c), "told", false, cand, mentions, a.date());
            if (tgt.isEmpty()) tgt = addressee(s, partnerOfParticiple(s, c), "partner", false, cand, mentions, a.date());
        }
        if (tgt.isEmpty() && cue.pos() == Cue.PartOfSpeech.NOUN && (cue.act() == SpeechAct.REQUEST || cue.act() == SpeechAct.REBUKE)) {
            // "Foggy Bottom stayed silent on Seoul's request": the one who answers was the one asked
            tgt = addressee(s, responder(s, c), "responder", true, cand, mentions, a.date());
        }
        if (tgt.isEmpty() && cue.act().polarity() < 0 && !cand.domesticAddressee && !cand.nonStateAddressee) {
            // "Kyiv voices frustration as Bratislava holds up the package", "Seoul protested after Tokyo approved the
            // textbooks": a reproach with no one named in it is aimed at the doer of the deed that occasioned it
            tgt = addressee(s, occasionDoer(s, c), "occasion", true, cand, mentions, a.date());
        }
        if (tgt.isEmpty() && !cand.coSources.isEmpty() && model.reciprocals().find(s, outside(s, reciprocalScope(s, c, mentions, cue.act() == SpeechAct.AFFIRM ? RECIPROCAL_AFFIRM_DEPTH : Integer.MAX_VALUE))).isPresent()) {
            // "the United States and Japan reaffirmed their alliance": an act each way; "reaffirmed
            // their joint commitment to protect civil rights" is one act of both toward no one
            if (cue.act() == SpeechAct.AFFIRM && words(s.token(c).lowerLemma(), WordClass.THANKING) && g.children(c, "obj").stream()
                    .anyMatch(o -> words(s.token(o.dependent()).lowerLemma(), WordClass.FOUNDING))) {
                return cand.reject("SELF_DIRECTED", "the parties welcome what they set up together");
            }
            cand.path.append(" target:reciprocal");
            cand.target = cand.source;
            cand.coTargets.addAll(cand.coSources);
            // "the United States and Cambodia commit to address Cambodia's non-tariff barriers": what one party's own
            // measures are to change is that party's undertaking toward the other, not the other's toward it
            if (cue.act() == SpeechAct.PLEDGE) {
                String owner = ownedUndertaking(s, c, mentions);
                if (owner != null && cand.isSource(owner)) {
                    cand.onlyFrom = owner;
                    cand.path.append(" undertaking-of:").append(owner);
                }
            }
            return settleAct(s, c, cue, cand, verb);
        }
        // last resort, for a nominal or adjectival act that lost its arguments in a short sentence
        // ("drew a sharp rebuke from Beijing, ... Sino-Japanese relations"); on long official
        // sentences the only other state named is rarely the addressee (audit 2: 1 of 21 right)
        // (not for outrage felt: "outraged by the news that Abe Shinzo, former Prime Minister of Japan, was shot" names the
        // victim's state; White House audit 57)
        boolean outrage = cue.act() == SpeechAct.REBUKE && words(s.token(c).word().toLowerCase(Locale.ROOT), WordClass.EXPERIENCER);
        if (tgt.isEmpty() && cue.act() != SpeechAct.DECLINE && !cand.nonStateAddressee && !cand.domesticAddressee && !cand.hostileSkipped
                && cue.pos() != Cue.PartOfSpeech.VERB && cue.act() != SpeechAct.PLEDGE && !outrage
                && s.size() <= CONTEXT_TARGET_MAX_TOKENS && !addressesSomeoneElse(s, c, mentions) && !judgesAnotherDoer(s, c, mentions)) {
            tgt = sentenceContextTarget(s, cand, exclude, mentions, a.date());
        }
        if (tgt.isPresent() && cand.targetHead >= 0) {
            List<Dependency> conjuncts = new ArrayList<>(g.children(cand.targetHead, "conj"));
            // "summoned the British, French and German ambassadors": conjoined modifiers of a role noun
            for (Dependency m : g.children(cand.targetHead)) {
                // (and of the state a role noun is of: "commends the State of Qatar and the United States")
                if ((m.base().equals("amod") || m.base().equals("compound") || m.relation().equals("nmod:of")) && mentionAt(mentions, m.dependent())) {
                    conjuncts.addAll(g.children(m.dependent(), "conj"));
                }
            }
            for (Dependency cj : conjuncts) {
                Optional<Actor> co = resolver.resolve(s, cj.dependent(), mentions, a.date())
                        .filter(x -> !sourceCountries.contains(x.country()));
                if (co.isPresent() && distinctCountry(co.get(), tgt.get(), cand.coTargets)) {
                    cand.coTargets.add(co.get());
                    cand.path.append(" target:conj");
                }
            }
        }
        if (tgt.isEmpty() && cue.act() == SpeechAct.DECLINE) {
            // "did not respond to his remarks", "had no comment on the president's remarks": the one whose words go unanswered
            tgt = speakerOfWords(s, c, cand, mentions, ctx.lastPerson(), ctx.previous(), a.date());
        }
        if (tgt.isEmpty()) {
            if (cue.act() == SpeechAct.DECLINE) return cand;
            if (cand.hostileSkipped) return cand.reject("HOSTILE_AIM", "the only state reached is one the act is aimed against");
            if (cand.domesticAddressee) return cand.reject("DOMESTIC", "addressed to its own country's " + s.token(c).word() + " object");
            return cand.reject("NO_TARGET", "no other state in the cue's complements or sentence");
        }
        if (cand.speakerJudges && !judgedSubject(s, c).contains(cand.targetHead)) {
            // "the United Kingdom is a strong ally" judges the state it is said of; "Truss has been a strong partner
            // in supporting Ukraine" judges no state named further on (audits 39-44: 12 of 19 such events right)
            return cand.reject("NO_TARGET", "what the speaker's judgement is said of is no state");
        }
        cand.target = tgt.get();
        if (cand.target.country().equals(cand.source.country())) return cand.reject("DOMESTIC", cand.source.country());
        String guest = cue.act() == SpeechAct.AFFIRM && verb && words(lemma, WordClass.HOSTING) ? guest(s, c, cand, mentions, a.date()) : null;
        if (guest != null) return cand.reject("HOSTING", guest);
        if (cue.act() == SpeechAct.AFFIRM && verb && words(lemma, WordClass.PRESENCE) && s.token(c).pos().equals("VBG")
                && cand.targetHead >= 0 && personAt(mentions, cand.targetHead)) {
            // "Standing alongside Albanese and Sunak, Biden announced": where one stood, not whom one backs
            return cand.reject("PRESENCE", "stands beside a person: " + s.token(cand.targetHead).word());
        }
        if ((cue.act() == SpeechAct.AFFIRM || cue.act() == SpeechAct.PLEDGE)
                && model.actors().belongsTo(cand.source.country(), cand.target.country(), a.date())) {
            // "we support the G7's roadmap", "our commitment to NATO": a member backing its own group speaks to itself
            return cand.reject("OWN_GROUP", cand.source.country() + " in " + cand.target.country());
        }
        return settleAct(s, c, cue, cand, verb);
    }

    /** "set aside €1 billion for Ukraine's defence": the verb gives an amount, a concrete undertaking whatever it is for. */
    private static boolean amountGiven(Sentence s, int c) {
        for (Dependency o : s.graph().children(c, "obj")) if (amount(s, o.dependent(), 0)) return true;
        return false;
    }

    /**
     * Whether noun n states an amount: a number or currency in it or its modifiers ("an additional $2 billion aid
     * package"), or in a phrase of it ("a loan package to the tune of 50 billion U.S. dollars", "a package of $1 billion").
     */
    private static boolean amount(Sentence s, int n, int depth) {
        DependencyGraph g = s.graph();
        List<Integer> near = new ArrayList<>(List.of(n));
        for (Dependency d : g.children(n)) {
            if (d.base().equals("compound") || d.base().equals("nummod") || d.base().equals("amod")) {
                near.add(d.dependent());
                for (Dependency e : g.children(d.dependent())) if (e.base().equals("nummod")) near.add(e.dependent());
            }
        }
        for (int x : near) {
            String pos = s.token(x).pos();
            if (pos.equals("$") || pos.equals("CD") || !g.children(x, "nummod").isEmpty()) return true;
        }
        if (depth >= 2) return false;
        for (Dependency d : g.children(n, "nmod")) if (d.subtype().equals("of") && amount(s, d.dependent(), depth + 1)) return true;
        return false;
    }

    /** "will always help defend Israel", "our commitment to help Israel defend itself": a pledge whose content is the target's defence. */
    private boolean defends(Sentence s, int c) {
        for (Dependency d : s.graph().children(c)) {
            if (!(d.base().equals("xcomp") || d.relation().equals("acl:to") || d.relation().equals("advcl:to"))) continue;
            int v = d.dependent();
            if (!s.token(v).isVerb()) continue;
            if (words(s.token(v).lowerLemma(), WordClass.REASSURANCE)) return true;
            for (Dependency e : s.graph().children(v)) {
                if (e.base().equals("xcomp") && words(s.token(e.dependent()).lowerLemma(), WordClass.REASSURANCE)) return true;
            }
        }
        return false;
    }

    /** A pledge that restates or describes a standing commitment reassures (AFFIRM); one only named is no act. */
    private Candidate settleAct(Sentence s, int c, Cue cue, Candidate cand, boolean verb) {
        if (cue.act() == SpeechAct.PLEDGE && verb && standing(s, c) && !committedToDeed(s, c)) {
            // "the United States remains committed to Haiti's future", "we are committed to Taiwan's defense": a state, not an undertaking
            cand.act = SpeechAct.AFFIRM;
            cand.path.append(" act:standing");
        } else if (cue.act() == SpeechAct.PLEDGE && (restated(s, c) || described(s, c))) {
            // "restated the U.S. commitment to help Moldova": a standing commitment restated reassures
            cand.act = SpeechAct.AFFIRM;
            cand.path.append(" act:restated");
        } else if (cue.act() == SpeechAct.PLEDGE && (onPath(s, cand.targetPath, WordClass.REASSURANCE) >= 0 || defends(s, c)) && !amountGiven(s, c)) {
            // "his unwavering commitment to Israel's security": a standing commitment restated reassures
            cand.act = SpeechAct.AFFIRM;
            cand.path.append(" act:reassurance");
        } else if (cue.act() == SpeechAct.AFFIRM && verb && s.graph().children(c, "obl").stream()
                .anyMatch(d -> d.subtype().equals("with") && (amount(s, d.dependent(), 0) || words(s.token(d.dependent()).lowerLemma(), WordClass.AID)
                        && !s.token(d.dependent()).lowerLemma().equals(s.token(c).lowerLemma())))) {
            // (or in help of a kind given: "will support Ukraine's economy with direct financial assistance", audit 70)
            // "decided to support Ukraine with a loan package to the tune of 50 billion U.S. dollars": support given in an
            // amount is a concrete undertaking (White House audit 67)
            cand.act = SpeechAct.PLEDGE;
            cand.path.append(" act:amount");
        } else if (cue.act() == SpeechAct.PLEDGE && cue.pos() == Cue.PartOfSpeech.NOUN && !made(s, c)) {
            // "fulfilling his commitment to the community", "the G7's commitments": named, not made now
            return cand.reject("NOT_MADE", "a commitment named, not made: " + s.token(c).word());
        }
        return cand;
    }

    /**
     * Why an asking word requests nothing of a state: it asks a question ("asked whether Beijing had
     * been told", "asked about the deliveries") or is a journalist's query ("calls seeking comment");
     * null when it may be a request.
     */
    private String notARequest(Sentence s, int c) {
        DependencyGraph g = s.graph();
        for (Dependency d : g.children(c)) {
            String b = d.base();
            if ((b.equals("ccomp") || b.equals("advcl") || b.equals("xcomp")) && questionClause(s, d.dependent())) return "a question";
            if ((b.equals("obl") || b.equals("nmod")) && words(d.subtype(), WordClass.QUESTION)) return "a question (" + d.subtype() + ")";
            if ((b.equals("obj") || d.subtype().equals("for") || b.equals("compound") && s.token(c).isNoun())
                    && words(s.token(d.dependent()).lowerLemma(), WordClass.PRESS_QUERY)) {
                return "a press query (" + s.token(d.dependent()).word() + ")";
            }
        }
        return null;
    }

    /** A role noun with no state or person in its phrase: "the foreign ministry", "The President". */
    private boolean bareRole(Sentence s, List<Mention> mentions, int at) {
        DependencyGraph g = s.graph();
        if (mentions.stream().noneMatch(m -> m.kind() == Mention.Kind.ROLE && m.contains(at))) return false;
        // "every world leader here", "other leaders": a quantified office is no one office holder
        if (g.children(at).stream().anyMatch(d -> d.base().equals("det") && words(s.token(d.dependent()).lowerLemma(), WordClass.QUANTIFIER))) return false;
        Set<Integer> phrase = ActorResolver.phrase(g, at);
        return mentions.stream().noneMatch(m -> m.kind() != Mention.Kind.ROLE && phrase.contains(m.start()));
    }

    /** Candidate heads for the source, best first. */
    /** @param high the cue's subject when the parser attached it too high ({@link #highAttachedSubject}), else -1 */
    private List<int[]> sourceHeads(Sentence s, int c, Cue cue, boolean passive, int high, Candidate cand) {
        DependencyGraph g = s.graph();
        List<int[]> out = new ArrayList<>();
        if (high >= 0) {
            out.add(new int[]{high});
            cand.path.append(" source:high-conjunct");
            return out;
        }
        if (passive) {
            for (Dependency d : g.children(c)) {
                if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
                    out.add(new int[]{d.dependent()});
                    cand.path.append(" source:").append(d.relation());
                }
            }
            // "Moldova was promised €1.8 billion in grants and loans by von der Leyen", the agent hung on what was promised
            for (Dependency d : out.isEmpty() ? g.children(c) : List.<Dependency>of()) {
                if (!(d.base().equals("obj") || d.base().equals("obl"))) continue;
                for (Dependency x : g.children(d.dependent())) {
                    if (x.relation().equals("nmod:by") || x.relation().equals("nmod:agent")) {
                        out.add(new int[]{x.dependent()});
                        cand.path.append(" source:agent-below");
                    }
                }
            }
            // "Britain's ambassador was summoned to the Iranian foreign ministry": who summons is where one is summoned to
            if (out.isEmpty() && cue.act() == SpeechAct.REBUKE && words(s.token(c).lowerLemma(), WordClass.SUMMONING)) {
                for (Dependency d : g.children(c, "obl")) {
                    if (!d.subtype().equals("to")) continue;
                    out.add(new int[]{d.dependent()});
                    cand.path.append(" source:summoned-to");
                }
            }
            return out;
        }
        if (cue.pos() == Cue.PartOfSpeech.NOUN && !evaluative(s, c, cue)) {
            for (Dependency d : g.children(c)) {
                String r = d.relation();
                if (r.equals("nmod:poss") || r.equals("nmod:from") || r.equals("nmod:by") || r.equals("compound") || r.equals("amod")
                        || r.equals("nmod:of") && atRequestOf(s, c) >= 0) {
                    out.add(new int[]{d.dependent()});
                }
            }
            // a light verb's subject: "Japanese officials are expressing disappointment", "drew a rebuke from"
            for (Dependency d : g.parents(c)) {
                if (d.governor() < 0) continue;
                if (d.base().equals("obj")) {
                    for (Dependency o : g.children(d.governor(), "obl")) {
                        if (o.subtype().equals("from") || o.subtype().equals("by")) out.add(new int[]{o.dependent()});
                    }
                }
                String light = s.token(d.governor()).lowerLemma();
                // ("Algeria has received with profound regret the shift": a feeling the subject does something with is its own)
                boolean others = (words(light, WordClass.WITNESSING) || words(light, WordClass.RECEIVING)) && !d.relation().equals("obl:with");
                // ("Algeria has received with profound regret the shift", "reacted with dismay": a feeling one does something with)
                if ((d.base().equals("obj") || d.relation().equals("obl") || d.relation().equals("obl:with") || d.governor() == standingIn(s, c)) && !others) {
                    for (Dependency sub : g.children(d.governor(), "nsubj")) {
                        if (!sub.relation().equals("nsubj:pass")) out.add(new int[]{sub.dependent()});
                    }
                }
                if (d.relation().startsWith("acl")) {
                    for (Dependency sub : g.children(d.governor(), "nsubj")) out.add(new int[]{sub.dependent()});
                }
                // "a protest was lodged by Tokyo with Moscow": the passive light verb's agent
                if (d.relation().equals("nsubj:pass")) {
                    for (Dependency o : g.children(d.governor(), "obl")) {
                        if (o.subtype().equals("agent") || o.subtype().equals("by")) out.add(new int[]{o.dependent()});
                    }
                }
            }
            for (Dependency d : g.children(c, "acl")) {
                for (Dependency sub : g.children(d.dependent(), "nsubj")) out.add(new int[]{sub.dependent()});
                for (Dependency sub : g.children(d.dependent(), "obl")) {
                    if (sub.subtype().equals("agent") || sub.subtype().equals("by")) out.add(new int[]{sub.dependent()});
                }
            }
            if (!out.isEmpty()) cand.path.append(" source:noun-frame");
            return out;
        }
        if (evaluative(s, c, cue)) {
            // "called the move unjustified", "find the response disheartening": the one who calls or
            // finds it so is the source; "X was unacceptable, Lin said": the one who said it
            int adj = cue.pos() == Cue.PartOfSpeech.NOUN ? predicateHead(s, c) : c;
            for (Dependency d : g.parents(c)) if (d.governor() >= 0 && d.base().equals("conj")) adj = d.governor();
            // ("called Spain's refusal to commit to the target terrible", "described Jakarta as a close partner": the one who
            // calls or describes it so)
            List<Integer> calling = new ArrayList<>();
            int called = calledAdjective(s, c);
            for (Dependency d : called < 0 ? List.<Dependency>of() : g.parents(called)) {
                if (d.governor() >= 0 && d.base().equals("obj") && words(s.token(d.governor()).lowerLemma(), WordClass.CALLING)) calling.add(d.governor());
            }
            if (describedAs(s, adj) >= 0) calling.add(describedAs(s, adj));
            for (int v : calling) {
                for (Dependency sub : g.children(v, "nsubj")) if (!sub.relation().equals("nsubj:pass")) out.add(new int[]{sub.dependent()});
            }
            for (Dependency d : g.parents(adj)) {
                // "after this unacceptable violation": the judge is the subject of the clause
                // ("Moscow pursues its unprovoked war": a noun whose possessor is a pronoun is the subject's own deed, not judged by it)
                if (d.governor() >= 0 && d.base().equals("amod")
                        && g.children(d.governor(), "nmod:poss").stream().noneMatch(p -> s.token(p.dependent()).pos().startsWith("PRP"))) {
                    int v = clauseVerb(g, d.governor());
                    // ("Putin launched an unjustified assault": the subject of a deed verb whose object it is did it)
                    int judged = d.governor();
                    // (so did the subject of "Iran launched missiles at Israel in a reckless attack": the judged deed
                    // hung on the verb with a preposition, and no possessor or modifier naming another doer)
                    boolean unowned = g.children(judged).stream().noneMatch(x -> x.relation().equals("nmod:poss")
                            || (x.base().equals("amod") || x.base().equals("compound")) && s.token(x.dependent()).pos().startsWith("NNP"));
                    boolean deed = v >= 0 && g.children(v).stream().anyMatch(o -> o.dependent() == judged
                                    && (o.base().equals("obj") || o.base().equals("obl") && unowned))
                            && model.cues().cuesFor(s.token(v)).isEmpty() && !talking(s.token(v).lowerLemma());
                    // ("The leaders discussed Russia's unjustified war", "joined a call with the G7 to discuss Iran's
                    // unacceptable attack": in a text with a speaker, an epithet in a clause of no act and no reporting is
                    // the speaker's wording, not a judgement of the clause's subject; White House audits: 9 of 23 right)
                    boolean neutral = v >= 0 && model.cues().cuesFor(s.token(v)).stream().noneMatch(x -> constraintHolds(s, v, x))
                            && !words(s.token(v).lowerLemma(), WordClass.REPORTING);
                    // (not in a clause under a modal: "Biden will likely reiterate concerns about the PRC's unfair practices"
                    // previews words, White House audit 65)
                    boolean modal = v >= 0 && g.children(v, "aux").stream().anyMatch(x -> s.token(x.dependent()).pos().equals("MD"));
                    if (v >= 0 && !deed && cand.spoken && neutral && modal) continue;
                    if (v >= 0 && !deed && cand.spoken && neutral) cand.epithet = true;
                    else if (v >= 0 && !deed) for (Dependency sub : g.children(v, "nsubj")) out.add(new int[]{sub.dependent()});
                }
            }
            for (Dependency d : g.parents(adj)) {
                // ("Japan will always remain a reliable partner for Ukraine, Iwaya said": the one who says it, or the subject
                // saying it of itself; not in another voice's words: "Canada remains a key U.S. partner", see remainingSubject)
                if (d.governor() >= 0 && d.base().equals("xcomp") && words(s.token(d.governor()).lowerLemma(), WordClass.REMAINING)) {
                    int speaker = reportingSpeaker(s, d.governor(), true);
                    if (speaker >= 0) out.add(new int[]{speaker});
                    for (Dependency p : g.children(d.governor(), "parataxis")) {
                        if (!words(s.token(p.dependent()).lowerLemma(), WordClass.REPORTING)) continue;
                        for (Dependency sub : g.children(p.dependent(), "nsubj")) out.add(new int[]{sub.dependent()});
                    }
                    for (Dependency sub : g.children(d.governor(), "nsubj")) {
                        out.add(new int[]{sub.dependent()});
                        cand.remainingSubject = sub.dependent();
                    }
                    continue;
                }
                if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("ccomp") || d.base().equals("obj")
                        || d.relation().equals("advcl:as") || d.relation().equals("obl:npmod"))) {
                    for (Dependency sub : g.children(d.governor(), "nsubj")) {
                        if (!sub.relation().equals("nsubj:pass") && sub.dependent() != c) out.add(new int[]{sub.dependent()});
                    }
                }
            }
            int speaker = reportingSpeaker(s, adj, true);
            if (speaker >= 0) out.add(new int[]{speaker});
            // "Kishida told the Diet that the decision was unfair", parsed with the reporting clause as
            // the adjective's clausal subject: the one who told
            out.addAll(reportingClauseSubjects(s, adj));
            cand.path.append(" source:evaluator");
            return out;
        }
        int deal = dealTerm(s, c);
        for (Dependency d : g.children(c, "nsubj")) {
            // ("signs deal to supply Germany": the deal is no actor; who signed it undertakes)
            if (d.dependent() == deal) continue;
            if (d.relation().equals("nsubj:xsubj")) {
                // "Tokayev telephoned Putin to congratulate him": one called, met or visited does not do what the call is
                // for; the caller does (a purpose clause the parser hung on the verb as if the object controlled it)
                for (Dependency p : g.parents(c)) {
                    if (p.governor() < 0 || !p.base().equals("xcomp") || !s.token(p.governor()).isVerb()
                            || !words(s.token(p.governor()).lowerLemma(), WordClass.MEETING)
                            || g.children(p.governor(), "obj").stream().noneMatch(o -> o.dependent() == d.dependent())) continue;
                    for (Dependency sub : g.children(p.governor(), "nsubj")) {
                        if (sub.relation().equals("nsubj:pass")) continue;
                        out.add(new int[]{sub.dependent()});
                        cand.path.append(" source:caller");
                    }
                }
            }
            out.add(new int[]{d.dependent()});
            cand.path.append(" source:").append(d.relation());
            if (!d.relation().equals("nsubj:xsubj")) continue;
            // "Milei used the anniversary to call on London": a controlled subject the parser took from the governing
            // verb's object, when that names no one, yields to the governing verb's subject (tried after it; not under a
            // verb that may itself be an act, a cue's word whatever its constraints: "urged the firms to stop" asks the firms;
            // "is sending aircraft to support relief" supports nothing of its own)
            for (Dependency p : g.parents(c)) {
                if (p.governor() < 0 || !p.base().equals("xcomp") || !model.cues().cuesFor(s.token(p.governor())).isEmpty()
                        || g.children(p.governor(), "obj").stream().noneMatch(o -> o.dependent() == d.dependent())) continue;
                for (Dependency sub : g.children(p.governor(), "nsubj")) {
                    if (!sub.relation().equals("nsubj:pass")) out.add(new int[]{sub.dependent()});
                }
            }
        }
        if (deal >= 0) {
            for (Dependency d : g.parents(deal)) {
                if (d.governor() < 0 || !d.base().equals("obj")) continue;
                for (Dependency sub : g.children(d.governor(), "nsubj")) {
                    out.add(new int[]{sub.dependent()});
                    cand.path.append(" source:deal-maker");
                }
            }
        }
        // "Barrot said the decision was regrettable and called on Algiers", parsed with the reporting
        // clause as the cue's clausal subject: the one who said it
        if (out.isEmpty()) {
            out.addAll(reportingClauseSubjects(s, c));
            if (!out.isEmpty()) cand.path.append(" source:reporting-clause");
        }
        if (cue.pos() == Cue.PartOfSpeech.ADJ) {
            // "leaving Tokyo dissatisfied": the object of the governing verb (or the noun it modifies) is the experiencer
            for (Dependency d : g.parents(c)) {
                if (d.governor() >= 0 && d.base().equals("amod")) out.add(new int[]{d.governor()});
                if (d.governor() >= 0 && d.base().equals("xcomp")) {
                    for (Dependency o : g.children(d.governor(), "obj")) out.add(new int[]{o.dependent()});
                }
            }
        }
        // "issued a joint statement criticizing China": the statement's issuer
        if (out.isEmpty()) {
            boolean viaClause = false;
            for (Dependency d : g.parents(c)) {
                if (d.governor() < 0) continue;
                int noun = d.governor();
                // "the North Korean statement, which mocked ...", parsed with the clause on the relative pronoun
                boolean relative = s.token(noun).pos().equals("WDT") && (d.base().equals("acl") || d.base().equals("dep"));
                if (!d.base().equals("acl") && !relative) continue;
                if (relative) {
                    for (Dependency p : g.parents(noun)) {
                        if (p.governor() >= 0 && (p.base().equals("appos") || p.base().equals("ref") || p.base().equals("acl"))) noun = p.governor();
                    }
                    if (words(s.token(noun).lowerLemma(), WordClass.DOCUMENT)) out.add(new int[]{noun});
                }
                for (Dependency p : g.children(noun, "nmod")) if (p.subtype().equals("poss")) out.add(new int[]{p.dependent()});
                // "wrote to the Security Council accusing Ethiopia", "posted a video on X mocking Spain": a participle
                // hung on a verb's object or oblique (or on a noun inside one) speaks for that verb's subject
                // (not a plural or pronoun the participle describes: "actors supporting Russia's war", "those committing abuses")
                String tag = s.token(noun).pos();
                boolean describes = tag.equals("NNS") || tag.equals("NNPS") || !s.token(noun).isNoun();
                boolean object = g.parents(noun).stream().anyMatch(p -> p.governor() >= 0 && p.base().equals("obj"));
                int at = object || !describes ? noun : -1;
                for (int up = 0; up < 3 && at >= 0; up++) {
                    int next = -1;
                    for (Dependency p : g.parents(at)) {
                        if (p.governor() < 0) continue;
                        // ("said in a statement, after speaking with Zelensky to assure him": a verb with no subject of its own
                        // passes on up to the verb its clause hangs on)
                        boolean clause = s.token(at).isVerb() && s.token(p.governor()).isVerb()
                                && (p.base().equals("advcl") || p.base().equals("xcomp") || p.base().equals("conj"));
                        if (p.base().equals("obj") || p.base().equals("obl") && s.token(p.governor()).isVerb() || clause) {
                            boolean subject = false;
                            for (Dependency sub : g.children(p.governor(), "nsubj")) {
                                if (!sub.relation().equals("nsubj:pass")) out.add(new int[]{sub.dependent()});
                                subject = true;
                            }
                            viaClause |= clause && subject;
                            if (!subject && s.token(p.governor()).pos().equals("VBG")) next = p.governor();
                        } else if (p.base().equals("nmod") && s.token(p.governor()).isNoun()) {
                            next = p.governor();
                        }
                    }
                    at = next;
                }
            }
            if (!out.isEmpty()) cand.path.append(viaClause ? " source:adjunct-clause" : " source:issuer");
        }
        // coordinated or controlled verbs without their own subject share the governor's
        // ("Sunak flew to Kyiv and signed an agreement, promising aid")
        boolean own = !out.isEmpty();
        int cur = c;
        // (past a subject that names no one, on up: "said Tunisia would turn down the €60 million announced by the
        // Commission, accusing the bloc", parsed with the participle on the reduced relative whose subject is the money)
        List<Mention> named = own ? List.of() : model.actors().mentions(s);
        for (int depth = 0; depth < 3 && (out.isEmpty() || !own && out.stream().allMatch(h -> nobody(s, h[0], named))); depth++) {
            int up = -1;
            for (Dependency d : g.parents(cur)) {
                // ("signed an agreement, promising aid" is often parsed as an unlabelled dependent)
                // ("Türkiye will help rebuild Syria's grid and stand by its government": a bare infinitive parsed as the object)
                // ("Algeria responded by recalling its ambassador and accusing Spain": a gerund under a preposition of a verb)
                if (d.governor() >= 0 && (d.base().equals("conj") || d.base().equals("xcomp") || d.base().equals("advcl")
                        || (d.base().equals("dep") || d.base().equals("obj") && s.token(cur).isVerb() && s.token(d.governor()).isVerb())
                        && s.token(c).isVerb()
                        || d.base().equals("obl") && s.token(cur).pos().equals("VBG") && s.token(d.governor()).isVerb()
                        && g.children(d.governor(), "nsubj").stream().anyMatch(x -> x.relation().equals("nsubj")))) {
                    up = d.governor();
                    // "Canada was disappointed by ... and called on Beijing": a feeling's passive subject is its holder
                    boolean feeling = model.cues().cuesFor(s.token(up)).stream().anyMatch(x -> x.act() == SpeechAct.DISAPPOINT);
                    for (Dependency sub : g.children(up, "nsubj")) {
                        if (feeling || !sub.relation().equals("nsubj:pass")) out.add(new int[]{sub.dependent()});
                    }
                }
            }
            if (up < 0) break;
            cur = up;
        }
        if (!own && !out.isEmpty()) cand.path.append(" source:shared-subject");
        return out;
    }

    /**
     * Whether subject token h names no one a participle could speak for: no actor's name or role, and no pronoun or word
     * standing for one ("we", "what", "those"); a sum of money or a number ("€60 million announced by the Commission").
     */
    private static boolean nobody(Sentence s, int h, List<Mention> named) {
        String tag = s.token(h).pos();
        if (tag.startsWith("PRP") || tag.startsWith("W") || tag.equals("DT") || tag.equals("EX")) return false;
        if (named.stream().anyMatch(m -> m.contains(h))) return false;
        return tag.equals("$") || tag.equals("CD") || tag.equals("SYM");
    }

    /** The subjects of a reporting verb the parser made the clausal subject of {@code head} ("X said ... was unfair"). */
    private List<int[]> reportingClauseSubjects(Sentence s, int head) {
        List<int[]> out = new ArrayList<>();
        List<Dependency> clausal = new ArrayList<>(s.graph().children(head, "csubj"));
        // "What I can tell you is that Japan is an incredible ally": the clause is what the told words are
        for (Dependency up : s.graph().parents(head)) {
            if (up.governor() >= 0 && up.base().equals("ccomp") && s.token(up.governor()).lowerLemma().equals("be")) {
                clausal.addAll(s.graph().children(up.governor(), "csubj"));
            }
        }
        for (Dependency d : clausal) {
            if (!words(s.token(d.dependent()).lowerLemma(), WordClass.REPORTING)) continue;
            for (Dependency sub : s.graph().children(d.dependent(), "nsubj")) {
                if (!sub.relation().equals("nsubj:pass")) out.add(new int[]{sub.dependent()});
            }
        }
        return out;
    }

    private static List<Actor> concat(Actor first, List<Actor> rest) {
        List<Actor> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static boolean distinctCountry(Actor x, Actor first, List<Actor> others) {
        if (x.country().equals(first.country())) return false;
        for (Actor o : others) if (o.country().equals(x.country())) return false;
        return true;
    }

    /**
     * Whom "we" in an official statement is, its issuer: the record's source ("The White House"), else the issuer its opening heading names ("Statement by the Ministry of
     * Foreign Affairs of the Republic of Lithuania.", "From President Zelenskyy's evening address:"), each state of a
     * joint statement's heading in its order; empty when neither names an actor.
     */
    private List<Actor> documentVoices(Article a) {
        if (a.source() != null) return model.actors().resolveName(a.source(), a.date()).map(List::of).orElse(List.of());
        Matcher m = HEADING.matcher(a.text());
        if (!m.lookingAt()) return List.of();
        // ("Statement by the Press Secretary on Ukraine": what it is about is no issuer)
        String named = null;
        for (int k = 1; named == null && k <= m.groupCount(); k++) named = m.group(k);
        // ("STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF GHANA — We commend": names in capitals)
        if (named.equals(named.toUpperCase(Locale.ROOT))) named = titleCase(named);
        String issuer = named.split("\\s(?:on|regarding|concerning|about|after|following|at|in|to|with)\\s")[0];
        Sentence words = org.avow.core.actors.ActorDictionary.nameSentence(issuer);
        Map<String, Actor> byCountry = new LinkedHashMap<>();
        for (Mention x : model.actors().mentions(words)) {
            if (x.kind() == Mention.Kind.ROLE) continue;
            Optional<Actor> actor = x.kind() == Mention.Kind.PERSON ? model.actors().person(x.personId(), a.date(), false)
                    : Optional.of(model.actors().government(x));
            actor.ifPresent(y -> byCountry.putIfAbsent(y.country(), y));
        }
        List<Actor> out = new ArrayList<>(byCountry.values());
        return out.size() > 1 && m.group(1) != null && !m.group(0).toLowerCase(Locale.ROOT).contains("joint") ? List.of() : out;
    }

    /** "THE REPUBLIC OF GHANA" as "The Republic of Ghana": each word capitalised, its function words in lower case. */
    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder();
        for (String w : capitals.toLowerCase(Locale.ROOT).split(" ", -1)) {
            if (!out.isEmpty()) out.append(' ');
            out.append(w.isEmpty() || HEADING_FUNCTION_WORDS.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    private static final Set<String> HEADING_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "with", "at", "by");

    /**
     * An opening heading that names who issues the record: a (joint) statement or remarks by someone ("Joint Statement by
     * President Joseph R. Biden Jr. and President Yoon Suk Yeol", "Joint Statement: Australia-New Zealand Leaders' Meeting"), or an excerpt from
     * their address, readout or briefing ("From President Zelenskyy's evening address:", "From a White House readout of
     * the call:", "From the Chinese foreign ministry's regular press conference on Tuesday:").
     */
    private static final Pattern HEADING = Pattern.compile(
            "\\s*(?:(?:Joint\\s+)?(?:Leaders['\u2019]?\\s+)?(?:[Ss]tatement|STATEMENT|[Rr]emarks|[Dd]eclaration|[Cc]ommuniqu[eé])\\s+(?:by|from|of|BY)\\s+((?:[^.:\\n]|(?<=\\b(?:[A-Z]|Jr|Sr|Mr|Ms|Dr))\\.){3,200}?)"
            + "|Joint\\s+(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])\\s*:\\s*([^.:\\n]{3,160}?)"
            + "|((?:[A-Z][\\w.\u2019'-]*\\s+){1,3})(?=Joint\\s+(?:Leaders['\u2019]?\\s+)?(?:Statement|Declaration|Communiqu[eé]))[^.:\\n]{0,160}?"
            + "|From\\s+([^.:\\n]{3,160}?)['\u2019]s\\s+(?:\\w+\\s+){0,2}(?:address|remarks|speech|statement|message|readout|briefing|conference)"
            + "|From\\s+(?:a|an|the)\\s+([^.:\\n]{3,120}?)\\s+(?:readout|statement|transcript|briefing|press\\s+conference|news\\s+conference)\\b[^.:\\n]{0,160}?)\\s*(?:[:\\n\u2014]|(?<!\\b(?:[A-Z]|Mr|Ms|Dr))\\.(?!\\s+and\\s))");

    /**
     * Who speaks in each transcript turn: the person its label names ("PRIME MINISTER KISHIDA",
     * "MS. LEAVITT"), else the voice's own office when the label is a role and nothing else ("THE
     * PRESIDENT", "SENIOR ADMINISTRATION OFFICIAL"), else no one ("MODERATOR", "Q"). A document
     * none of whose labels names a speaker and which has no reporter's turn is no transcript: its
     * labels are headings ("SUBJECT:") and the list is empty.
     */
    private static List<Optional<Actor>> turnSpeakers(List<SpeakerTurns.Turn> turns, Function<String, Optional<Actor>> speakerOf) {
        List<Optional<Actor>> out = new ArrayList<>();
        boolean transcript = false;
        for (SpeakerTurns.Turn t : turns) {
            Optional<Actor> speaker = speakerOf.apply(t.speaker());
            // (a quoted speaker's paragraph is theirs even when no label names anyone the dictionary knows)
            transcript |= speaker.isPresent() || t.reporter() || t.quote();
            out.add(speaker);
        }
        return transcript ? out : List.of();
    }

    private Optional<Actor> labelSpeaker(String label, Optional<Actor> voice, LocalDate date) {
        Optional<Actor> person = model.actors().personInLabel(label, date);
        Matcher of = LABEL_COUNTRY.matcher(label);
        if (person.isEmpty() && of.find()) {
            // "AMBASSADOR HOXHA (Albania):", "Mr. Nebenzia (Russian Federation):": the state the speaker speaks for
            Sentence country = org.avow.core.actors.ActorDictionary.nameSentence(of.group(1));
            Sentence rest = org.avow.core.actors.ActorDictionary.nameSentence(label.substring(0, of.start()));
            Mention role = null;
            for (Mention m : model.actors().mentions(rest)) if (m.kind() == Mention.Kind.ROLE) role = m;
            for (Mention m : model.actors().mentions(country)) {
                if (m.kind() != Mention.Kind.PLACE) continue;
                Actor state = model.actors().government(m);
                return Optional.of(role == null ? state : office(state.country(), role));
            }
        }
        // "MR. SINGH:" in a White House transcript is the deputy national security adviser, not India's defence minister:
        // a family name after a mere honorific is the record's own staff, speaking for its voice, unless the dictionary
        // has them in the voice's country
        boolean staff = voice.isPresent() && model.actors().honorificLabel(label);
        if (staff && (person.isEmpty() || !person.get().country().equals(voice.get().country()))) return voice;
        if (person.isPresent()) return person;
        Sentence words = org.avow.core.actors.ActorDictionary.nameSentence(label);
        List<Mention> found = model.actors().mentions(words);
        Mention role = null;
        for (Mention m : found) if (m.kind() == Mention.Kind.ROLE) role = m;
        for (Token w : words.tokens()) {
            if (!mentionAt(found, w.index()) && !words(w.lowerLemma(), WordClass.ROLE_MODIFIER)) return Optional.empty();
        }
        return voiceOffice(voice, role, date, true);
    }

    /**
     * The voice's own office for an unqualified role noun: its holder on the date if the dictionary
     * knows exactly one, else the voice's country in that role; empty when there is no voice or its
     * country holds no such role ("the Prime Minister" in a White House record is a guest's). With
     * {@code anyOfficial}, an official or a government body also counts as the voice's own.
     */
    private Optional<Actor> voiceOffice(Optional<Actor> voice, Mention role, LocalDate date, boolean anyOfficial) {
        if (voice.isEmpty() || role == null) return Optional.empty();
        String c = voice.get().country();
        boolean own = model.actors().holdsRole(c, role.role())
                || anyOfficial && (role.role() == Role.OFFICIAL || role.role() == Role.GOVERNMENT);
        if (!own) return Optional.empty();
        Optional<Actor> holder = model.actors().holder(c, role.role(), date);
        if (holder.isPresent()) return holder;
        return Optional.of(office(c, role));
    }

    /** The unnamed holder of a role noun's office in a country ("Albania ambassador", "South Korea government"). */
    private Actor office(String country, Mention role) {
        return new Actor(country + "/" + role.institution() + "/" + role.role(), model.actors().countryName(country) + " " + role.text(),
                country, role.institution(), role.role(), false, null);
    }

    private static Mention roleAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) if (m.kind() == Mention.Kind.ROLE && m.contains(token)) return m;
        return null;
    }

    /**
     * The subject of the reporting verb whose complement holds the cue, when the cue's own subject is
     * a pronoun, an expletive or missing; -1 otherwise.
     */
    private int reportingSpeaker(Sentence s, int c, boolean anySubject) {
        DependencyGraph g = s.graph();
        for (Dependency sub : g.children(c, "nsubj")) {
            Token t = s.token(sub.dependent());
            if (!anySubject && !t.pos().startsWith("PRP") && !t.pos().equals("EX")) return -1;
        }
        int cur = c;
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = null;
            for (Dependency d : g.parents(cur)) {
                if (d.governor() >= 0 && (d.base().equals("ccomp") || d.base().equals("parataxis") || d.base().equals("xcomp")
                        || d.base().equals("csubj") || d.base().equals("advcl"))) up = d;
            }
            if (up == null) return -1;
            cur = up.governor();
            if (words(s.token(cur).lowerLemma(), WordClass.REPORTING)) {
                for (Dependency sub : g.children(cur, "nsubj")) if (!sub.relation().equals("nsubj:pass")) return sub.dependent();
                // "China called off the meeting, saying it was dissatisfied": a participle speaks for its clause's subject
                if (s.token(cur).pos().equals("VBG")) {
                    for (Dependency p : g.parents(cur)) {
                        if (p.governor() < 0 || !(p.base().equals("advcl") || p.base().equals("dep") || p.base().equals("xcomp"))) continue;
                        for (Dependency sub : g.children(p.governor(), "nsubj")) if (!sub.relation().equals("nsubj:pass")) return sub.dependent();
                    }
                    // ("refused to let the aircraft land, writing on X that ...", parsed with the participle on the object):
                    // the subject of the verb whose object or oblique the participle hangs on
                    for (Dependency p : g.parents(cur)) {
                        if (p.governor() < 0 || !p.base().equals("acl") || !s.token(p.governor()).isNoun()) continue;
                        for (Dependency v : g.parents(p.governor())) {
                            if (v.governor() < 0 || !(v.base().equals("obj") || v.base().equals("obl")) || !s.token(v.governor()).isVerb()) continue;
                            for (Dependency sub : g.children(v.governor(), "nsubj")) if (!sub.relation().equals("nsubj:pass")) return sub.dependent();
                        }
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Garneau said Canada was disappointed ... and called on Beijing", "Merz promised that support
     * would not waver and accused Moscow": the parser joins the cue verb to the last verb of the
     * reported clause and lends it that clause's subject, though the cue's form cannot share that
     * clause (an active verb with an object after a passive or a copula, a past form after a modal). The cue
     * then coordinates with the verb above the clause, and its subject is that verb's; -1 if the
     * attachment is not of this kind.
     */
    private static int highAttachedSubject(Sentence s, int c) {
        DependencyGraph g = s.graph();
        Token cue = s.token(c);
        if (!cue.isVerb() || !g.children(c, "aux").isEmpty() || !g.children(c, "aux:pass").isEmpty()) return -1;
        for (Dependency d : g.parents(c)) {
            if (d.governor() < 0 || !d.base().equals("conj")) continue;
            int h = d.governor();
            boolean modal = false;
            for (Dependency a : g.children(h, "aux")) modal |= s.token(a.dependent()).pos().equals("MD");
            boolean past = cue.pos().equals("VBD") || cue.pos().equals("VBN");
            // a passive or a copula ("was a stab in the back and accused the administration")
            boolean stative = !g.children(h, "aux:pass").isEmpty() || !g.children(h, "cop").isEmpty();
            for (Dependency sub : g.children(h, "nsubj")) stative |= sub.relation().equals("nsubj:pass");
            boolean active = !g.children(c, "obj").isEmpty() || !g.children(c, "compound:prt").isEmpty();
            for (Dependency o : g.children(c, "obl")) active |= o.subtype().equals("on");
            if (!(modal && past) && !(stative && active)) continue;
            // ("Madrid said Spain would send aid, and Zelensky hailed the decision": a subject of its own is not lent)
            Set<Integer> lent = new HashSet<>();
            for (Dependency sub : g.children(h, "nsubj")) lent.add(sub.dependent());
            if (g.children(c, "nsubj").stream().anyMatch(sub -> !lent.contains(sub.dependent()))) continue;
            for (Dependency up : g.parents(h)) {
                if (up.governor() < 0 || !up.base().equals("ccomp")) continue;
                for (Dependency sub : g.children(up.governor(), "nsubj")) {
                    if (!sub.relation().equals("nsubj:pass")) return sub.dependent();
                }
            }
        }
        return -1;
    }

    /**
     * "Kishida protested over the missiles that had fallen in Japan's zone and asked Beijing to show restraint",
     * "Jaishankar told Wang that the clash had been premeditated and demanded that China ...": the parser joins the cue
     * verb to the last verb of a clause embedded in another (a relative or reported clause) and lends it that clause's
     * subject. When that subject is a common noun for no one who could act (not "protesters", not "firms") and the
     * cue has the very form of the verb above the clause (both simple past, both present), the cue coordinates with
     * that verb and shares its subject; -1 otherwise.
     */
    private int embeddingSubject(Sentence s, int c) {
        DependencyGraph g = s.graph();
        Token cue = s.token(c);
        if (!cue.isVerb() || g.hasChild(c, "aux") || g.hasChild(c, "aux:pass")) return -1;
        for (Dependency d : g.parents(c)) {
            if (d.governor() < 0 || d.governor() > c || !d.base().equals("conj")) continue;
            Set<Integer> shared = new HashSet<>();
            for (Dependency sub : g.children(d.governor(), "nsubj")) shared.add(sub.dependent());
            if (shared.isEmpty() || g.children(c, "nsubj").stream().anyMatch(sub -> !shared.contains(sub.dependent()))
                    || shared.stream().anyMatch(x -> s.token(x).pos().startsWith("NNP") || s.token(x).pos().startsWith("PRP")
                            || model.nonState().find(single(s, x)).isPresent())) continue;
            int cur = d.governor();
            for (int hop = 0; hop < 3; hop++) {
                Dependency up = g.headEdge(cur);
                if (up == null) break;
                cur = up.governor();
                if (!s.token(cur).isVerb()) continue;
                if (!s.token(cur).pos().equals(cue.pos())) break;
                for (Dependency sub : g.children(cur, "nsubj")) {
                    if (!sub.relation().equals("nsubj:pass") && !shared.contains(sub.dependent())) return sub.dependent();
                }
                break;
            }
        }
        return -1;
    }

    /**
     * The name a relative pronoun right before the cue stands for ("Trump, who agreed", "Ishiba, who on Monday promised",
     * "Japan, which has pledged"): the last token of the mention before ", who" (a state's before ", which"), found on the
     * words, for the parser rarely attaches such a clause to the name; -1 when the cue has no such pronoun before it.
     */
    private static int relativeAntecedent(Sentence s, int c, List<Mention> mentions) {
        int i = c - 1;
        while (i >= 0 && (s.token(i).pos().equals("MD") || s.token(i).pos().startsWith("RB")
                || s.token(i).isVerb() && AUXILIARIES.contains(s.token(i).lowerLemma()))) i--;
        if (i < 2 || !s.token(i - 1).word().equals(",")) return -1;
        String pronoun = s.token(i).word().toLowerCase(Locale.ROOT);
        if (!pronoun.equals("who") && !pronoun.equals("which")) return -1;
        for (Mention m : mentions) {
            if (m.end() != i - 1 || m.kind() == Mention.Kind.ROLE) continue;
            if (pronoun.equals("which") && m.kind() == Mention.Kind.PERSON) return -1;
            return m.end() - 1;
        }
        return -1;
    }

    /**
     * "Canada is sending 200 carriers to Ukraine, Anand announced", "we are providing $135 million": a state announcing
     * what it is now doing for another undertakes it, as with "will"; not another's report of it ("Iran is supplying
     * drones to Russia, the official said"): the subject is "we" or of the reporting speaker's country.
     */
    private boolean ownProgressive(Sentence s, int c) {
        DependencyGraph g = s.graph();
        if (!progressive(s, c)) return false;
        for (Dependency sub : g.children(c, "nsubj")) {
            if (s.token(sub.dependent()).word().equalsIgnoreCase("we")) return true;
            int speaker = reportingSpeaker(s, c, true);
            if (speaker < 0) return false;
            List<Mention> all = model.actors().mentions(s);
            String doer = phraseCountry(all, ActorResolver.phrase(g, sub.dependent()));
            return doer != null && doer.equals(phraseCountry(all, ActorResolver.phrase(g, speaker)));
        }
        return false;
    }

    /**
     * "Brazil is sending two firefighting aircraft to Bolivia", "Singapore is sending a C-130 to Myanmar, the defence
     * ministry said": a state named as now doing it, told by no speaker or by an office of no state named, in a news
     * report undertakes it too; where the text has a voice of another state, that voice is reporting another's deed
     * (see {@link #sentenceEvents}).
     */
    private boolean narratedProgressive(Sentence s, int c) {
        DependencyGraph g = s.graph();
        if (!progressive(s, c)) return false;
        List<Mention> all = model.actors().mentions(s);
        // (told as such, not judged by another state nor a thing seen or not: "Oslo finds it unacceptable that Stockholm is
        // helping Moscow", "no indication that the PRC is moving to provide weapons", "the work Iran is doing to provide")
        for (Dependency d : g.parents(c)) {
            if (d.governor() < 0 || d.base().equals("conj")) continue;
            Token gov = s.token(d.governor());
            if (d.base().equals("xcomp") && words(gov.lowerLemma(), WordClass.STARTING)) continue;
            // ("Disaster Risk Reduction: USAID is providing $5.3 million": a clause after a heading)
            if ((d.base().equals("parataxis") || d.base().equals("dep")) && gov.isNoun()) continue;
            if (!(d.base().equals("ccomp") || d.base().equals("parataxis") || d.base().equals("dep")) || !gov.isVerb()) return false;
            if (words(gov.lowerLemma(), WordClass.REPORTING)) continue;
            String doer = null;
            for (Dependency sub : g.children(c, "nsubj")) doer = phraseCountry(all, ActorResolver.phrase(g, sub.dependent()));
            for (Dependency sub : g.children(d.governor(), "nsubj")) {
                String judge = phraseCountry(all, ActorResolver.phrase(g, sub.dependent()));
                if (judge != null && !judge.equals(doer)) return false;
            }
        }
        int speaker = reportingSpeaker(s, c, true);
        if (speaker >= 0 && phraseCountry(all, ActorResolver.phrase(g, speaker)) != null) return false;
        List<Dependency> subjects = new ArrayList<>(g.children(c, "nsubj"));
        // ("Rwanda has begun deploying": the subject of the verb of starting)
        for (Dependency up : g.parents(c)) if (up.governor() >= 0 && up.base().equals("xcomp")) subjects.addAll(g.children(up.governor(), "nsubj"));
        return subjects.stream().anyMatch(sub -> all.stream()
                .anyMatch(m -> m.contains(sub.dependent()) && m.kind() == Mention.Kind.PLACE && m.country() != null));
    }

    /** "is sending", "are providing", "has begun deploying": a verb now under way. */
    private boolean progressive(Sentence s, int c) {
        if (!s.token(c).pos().equals("VBG")) return false;
        DependencyGraph g = s.graph();
        if (g.children(c, "aux").stream().anyMatch(d -> PRESENT_BE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)))) return true;
        // ("has begun deploying a contingent")
        return g.parents(c).stream().anyMatch(d -> d.governor() >= 0 && d.base().equals("xcomp")
                && words(s.token(d.governor()).lowerLemma(), WordClass.STARTING));
    }

    private static String phraseCountry(List<Mention> mentions, Set<Integer> phrase) {
        for (Mention m : mentions) if (m.country() != null && phrase.contains(m.start())) return m.country();
        return null;
    }

    /** "they", "both", or a plural noun counted as a pair ("the two Presidents", "both leaders"; see {@link #pairNoun}). */
    private boolean jointSubject(Sentence s, int head) {
        String w = s.token(head).lowerLemma();
        return w.equals("they") || w.equals("both") || pairNoun(s, head);
    }

    /** Whether a place mention is a country's adjective modifying a noun ("Belarusian territory", "American aggression"). */
    private static boolean adjectival(DependencyGraph g, Mention m) {
        return g.parents(m.end() - 1).stream().anyMatch(d -> d.base().equals("amod"));
    }

    /** The subject of the clause a pronoun subject's clause is conjoined to, if it is no pronoun; -1 otherwise. */
    private static int conjoinedSubject(Sentence s, int pronoun) {
        DependencyGraph g = s.graph();
        for (Dependency p : g.parents(pronoun)) {
            if (p.governor() < 0 || !p.base().equals("nsubj")) continue;
            for (Dependency c : g.parents(p.governor())) {
                if (c.governor() < 0 || !c.base().equals("conj")) continue;
                for (Dependency sub : g.children(c.governor(), "nsubj")) {
                    if (!s.token(sub.dependent()).pos().startsWith("PRP") && !sub.relation().equals("nsubj:pass")) return sub.dependent();
                }
            }
        }
        return -1;
    }

    /** The verb itself if it has a subject, else the verb it depends on as a participle or conjunct (two steps up). */
    private static int subjectBearer(DependencyGraph g, int verb) {
        int cur = verb;
        for (int depth = 0; depth < 2 && g.children(cur, "nsubj").isEmpty(); depth++) {
            int up = -1;
            for (Dependency d : g.parents(cur)) {
                String b = d.base();
                if (d.governor() >= 0 && (b.equals("dep") || b.equals("advcl") || b.equals("conj") || b.equals("xcomp"))) up = d.governor();
            }
            if (up < 0) break;
            cur = up;
        }
        return cur;
    }

    /**
     * The clause a judging noun or adjective belongs to: itself when it has a subject (a predicate), else its clause's verb;
     * -1 if none, or if that verb is itself one of saying or calling ("Warsaw called the violation an act of aggression":
     * the judge is its subject, as for any judgement called).
     */
    private int judgedClause(Sentence s, int c) {
        DependencyGraph g = s.graph();
        int v = c;
        // what the clause says the deed is or does: the judgement is its subject's modifier, its object or predicate ("amounted
        // to ethnic cleansing", "chose a path of bloodshed"), not a circumstance ("defend itself against Russian aggression")
        for (int depth = 0; depth < 5 && g.children(v).stream().noneMatch(d -> d.base().equals("nsubj")); depth++) {
            Dependency up = g.headEdge(v);
            if (up == null || !(JUDGED_PATH.contains(up.base()) || JUDGED_PATH.contains(up.relation()))) return -1;
            // ("help Tuvalu respond to natural disasters and military aggression": what one answers is another's deed)
            if (up.relation().equals("obl:to") && words(s.token(up.governor()).lowerLemma(), WordClass.RESPONDING)) return -1;
            v = up.governor();
        }
        if (g.children(v).stream().noneMatch(d -> d.base().equals("nsubj"))) return -1;
        String l = s.token(v).lowerLemma();
        return words(l, WordClass.REPORTING) || words(l, WordClass.CALLING) ? -1 : v;
    }

    /** Whether noun n is the subject of its clause or inside it, through modifiers and "of" phrases. */
    private static boolean inSubject(DependencyGraph g, int n) {
        int cur = n;
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = g.headEdge(cur);
            if (up == null) return false;
            if (up.base().equals("nsubj")) return true;
            if (!(up.base().equals("amod") || up.base().equals("compound") || up.relation().equals("nmod:of"))) return false;
            cur = up.governor();
        }
        return false;
    }

    private static final Set<String> JUDGED_PATH = Set.of("amod", "compound", "nsubj", "obj", "xcomp", "nmod:of", "obl:to");

    /** The verb of the clause a noun belongs to (through prepositional and object attachments). */
    private static int clauseVerb(DependencyGraph g, int noun) {
        int cur = noun;
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = g.headEdge(cur);
            if (up == null) return -1;
            cur = up.governor();
            if (g.hasChild(cur, "nsubj")) return cur;
        }
        return -1;
    }

    /**
     * An adjective that judges something ("unacceptable", "regrettable", "disheartening") rather than
     * one that reports a feeling of its subject ("disappointed", "frustrated", "unhappy").
     */
    private boolean evaluative(Sentence s, int c, Cue cue) {
        if (cue.pos() == Cue.PartOfSpeech.NOUN) return s.token(c).isNoun() && predicateHead(s, c) >= 0;
        if (cue.pos() == Cue.PartOfSpeech.VERB) return cue.requires("said");
        if (cue.pos() != Cue.PartOfSpeech.ADJ) return false;
        String w = s.token(c).word().toLowerCase(Locale.ROOT);
        // a feeling's -ed form reports its subject's state; a rebuke's ("unjustified") judges
        return !(w.endsWith("ed") && cue.act() == SpeechAct.DISAPPOINT || words(w, WordClass.EXPERIENCER));
    }

    /**
     * The noun a judgement is predicated with: the cue itself when it has a copula ("the claim was a
     * lie"), or the noun it is "an act of" ("the incursion was an act of aggression"); -1 when the
     * noun is no predicate.
     */
    private int predicateHead(Sentence s, int c) {
        if (predicative(s, c)) return c;
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() >= 0 && d.relation().equals("nmod:of") && predicative(s, d.governor())) return d.governor();
        }
        return -1;
    }

    /**
     * A noun with a copula ("was a lie"), completing a verb's object ("called the trial a witch hunt") or completing a
     * verb of remaining or becoming ("will always remain a reliable partner for Ukraine").
     */
    private boolean predicative(Sentence s, int n) {
        DependencyGraph g = s.graph();
        if (!g.children(n, "cop").isEmpty()) return true;
        for (Dependency d : g.parents(n)) {
            if (d.governor() >= 0 && d.base().equals("xcomp") && words(s.token(d.governor()).lowerLemma(), WordClass.REMAINING)) return true;
            if (d.governor() >= 0 && d.base().equals("xcomp")
                    && !(g.children(d.governor(), "obj").isEmpty() && g.children(n, "nsubj").stream().allMatch(x -> x.relation().equals("nsubj:xsubj")))) return true;
            // ("called Beijing's drills a blatant provocation", parsed as a bare noun adjunct of the verb)
            if (d.governor() >= 0 && d.relation().equals("obl:npmod") && words(s.token(d.governor()).lowerLemma(), WordClass.CALLING)
                    && g.hasChild(d.governor(), "obj")) return true;
            if (describedAs(s, n) >= 0) return true;
        }
        return false;
    }

    /**
     * The verb of calling whose object the word completes, where the parser left no verb between them: "described Jakarta
     * as a close partner", "described the decision as extremely unfortunate" (an "as" phrase of the verb or its object),
     * "called Japan our closest partner" (parsed as an unlabelled dependent of the object, or of a phrase after it:
     * "called Finland's accession to NATO an encroachment"); -1 otherwise.
     */
    private int describedAs(Sentence s, int n) {
        DependencyGraph g = s.graph();
        for (Dependency d : g.parents(n)) {
            if (d.governor() < 0) continue;
            int v = d.governor();
            boolean as = d.subtype().equals("as") && (d.base().equals("obl") || d.base().equals("advcl") || d.base().equals("nmod"));
            if (as && s.token(v).isNoun() || d.base().equals("dep") && n > v) {
                // on the object, or on a phrase of it ("called Finland's accession to NATO an encroachment"): the verb above
                Dependency up = g.headEdge(v);
                for (int hops = 0; hops < 3 && up != null && up.governor() >= 0 && up.base().equals("nmod")
                        && s.token(up.governor()).isNoun(); hops++) up = g.headEdge(up.governor());
                if (up == null || up.governor() < 0 || !(up.base().equals("obj") || up.base().equals("obl"))) continue;
                v = up.governor();
            } else if (!as) {
                continue;
            }
            if (s.token(v).isVerb() && words(s.token(v).lowerLemma(), WordClass.CALLING) && g.hasChild(v, "obj")) return v;
        }
        return -1;
    }

    /**
     * For an adjective the parser made the modifier of a noun before it, the object of a verb of calling whose phrase
     * holds that noun ("called Washington's tariff over its purchases of Russian oil unfair"); else -1.
     */
    private int calledAdjective(Sentence s, int c) {
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() >= 0 && d.base().equals("amod") && c > d.governor()) {
                int called = calledObject(s, d.governor());
                if (called >= 0) return called;
            }
        }
        return -1;
    }

    /** The object of a verb of calling (CALLING) whose object's phrase holds noun n, within four nouns of it; else -1. */
    private int calledObject(Sentence s, int n) {
        DependencyGraph g = s.graph();
        int cur = n;
        for (int depth = 0; depth < 4; depth++) {
            int up = -1;
            for (Dependency d : g.parents(cur)) {
                if (d.governor() < 0) continue;
                if (d.base().equals("obj") && words(s.token(d.governor()).lowerLemma(), WordClass.CALLING)) return cur;
                if ((d.base().equals("nmod") || d.base().equals("obl")) && s.token(d.governor()).isNoun()) up = d.governor();
                // ("called Spain's refusal to commit to the target terrible": the infinitive of the object, parsed on the verb)
                if ((d.base().equals("obl") || d.base().equals("obj")) && s.token(d.governor()).isVerb() && s.token(cur).isNoun()
                        && !words(s.token(d.governor()).lowerLemma(), WordClass.CALLING)) up = d.governor();
                if ((d.base().equals("obl") || d.base().equals("xcomp")) && words(s.token(d.governor()).lowerLemma(), WordClass.CALLING)) {
                    for (Dependency o : g.children(d.governor(), "obj")) return o.dependent();
                }
            }
            if (up < 0) return -1;
            cur = up;
        }
        return -1;
    }

    /** The deal noun (DEAL) whose term verb v is ("signed a deal to supply", parsed on the deal or on its verb), or -1. */
    private int dealTerm(Sentence s, int v) {
        DependencyGraph g = s.graph();
        for (Dependency d : g.parents(v)) {
            if (d.governor() < 0) continue;
            if (d.base().equals("acl") && words(s.token(d.governor()).lowerLemma(), WordClass.DEAL)) return d.governor();
            if (d.base().equals("xcomp")) {
                for (Dependency o : g.children(d.governor(), "obj")) if (words(s.token(o.dependent()).lowerLemma(), WordClass.DEAL)) return o.dependent();
            }
        }
        return -1;
    }

    /** A headline: a sentence with no closing punctuation. */
    static boolean headline(Sentence s) {
        return !s.text().strip().matches("(?s).*[.!?:;\"\u201D)]$");
    }

    /** Whether verb v is "to" with a subject of its own and no "for" in a headline (no closing punctuation): "Japan to lend". */
    private static boolean headlineFuture(Sentence s, int v) {
        DependencyGraph g = s.graph();
        if (!headline(s)) return false;
        boolean to = false;
        for (Dependency d : g.children(v, "mark")) {
            String w = s.token(d.dependent()).lowerLemma();
            if (w.equals("for")) return false;
            to |= w.equals("to") && d.dependent() < v;
        }
        return to && g.children(v, "nsubj").stream().anyMatch(d -> d.relation().equals("nsubj") && d.dependent() < v);
    }

    /** A first-person pronoun in a quote is the speaker of the sentence's reporting verb. */
    private int resolvePronoun(Sentence s, int head) {
        if (!FIRST_PERSON.contains(s.token(head).word().toLowerCase(Locale.ROOT))) return head;
        DependencyGraph g = s.graph();
        for (int i = 0; i < s.size(); i++) {
            if (words(s.token(i).lowerLemma(), WordClass.REPORTING) && s.token(i).isVerb()) {
                for (Dependency d : g.children(i, "nsubj")) {
                    if (!FIRST_PERSON.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) return d.dependent();
                }
            }
        }
        return head;
    }

    /** Breadth-first over the cue's complements: the shallowest actor of another state is the target. */
    private Optional<Actor> targetBelow(Sentence s, int c, Candidate cand, Set<Integer> exclude, List<Mention> mentions,
                                        LocalDate date, Cue cue) {
        DependencyGraph g = s.graph();
        Deque<int[]> todo = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>(exclude);
        seen.add(c);
        Map<Integer, Integer> via = new HashMap<>();
        boolean positive = cue.act().polarity() > 0;
        boolean judged = evaluative(s, c, cue);
        if (judged && c == cand.cueToken && cue.pos() == Cue.PartOfSpeech.NOUN && predicateHead(s, c) != c) {
            // "the incursion was an act of aggression": what "an act" is said of
            for (Dependency d : g.children(predicateHead(s, c), "nsubj")) todo.add(new int[]{d.dependent(), 1});
        }
        if (cue.pos() == Cue.PartOfSpeech.VERB && c == cand.cueToken && !g.hasChild(c, "obj")) {
            // "will build, train and equip a Somali navy": verbs conjoined before an object share it, parsed on the first
            for (Dependency d : g.parents(c)) {
                if (d.governor() < 0 || !d.base().equals("conj") || d.governor() > c) continue;
                for (Dependency o : g.children(d.governor(), "obj")) if (o.dependent() > c) todo.add(new int[]{o.dependent(), 1});
            }
        }
        if (judged && c == cand.cueToken && cue.pos() == Cue.PartOfSpeech.NOUN && describedAs(s, c) >= 0) {
            // "called Finland's accession to NATO an encroachment": what the verb of calling takes
            for (Dependency o : g.children(describedAs(s, c), "obj")) todo.add(new int[]{o.dependent(), 1});
        }
        boolean reportedDeed = judged && cue.pos() == Cue.PartOfSpeech.VERB;
        if (judged && c == cand.cueToken && !reportedDeed) {
            for (Dependency d : g.parents(c)) {
                // "called Washington's additional 25% tariff over its purchases of Russian oil unfair", parsed with
                // "unfair" after "oil" as its modifier: an adjective after its noun, inside what a verb of calling
                // takes, judges that verb's object
                int called = d.base().equals("amod") ? calledAdjective(s, c) : -1;
                if (called >= 0) todo.add(new int[]{called, 1});
                else if (d.governor() >= 0 && (d.base().equals("amod") || d.base().equals("conj"))) todo.add(new int[]{d.governor(), 1});
                // "described the remarks as unacceptable": what is so described
                if (d.governor() >= 0 && d.relation().equals("advcl:as")) {
                    for (Dependency o : g.children(d.governor(), "obj")) todo.add(new int[]{o.dependent(), 1});
                }
            }
        }
        Set<Integer> direct = new HashSet<>();
        // what a verb of asking asks for ("requested $10 billion to deliver aid for Ukraine", "called for continued
        // support to UN agencies"): its own possessor or agent is the one asked ("asked for Washington's support",
        // "called for restraint by Beijing"); a state further inside it is a beneficiary or a topic
        Set<Integer> content = new HashSet<>();
        Set<Integer> inside = new HashSet<>();
        if (cue.act() == SpeechAct.REQUEST && cue.pos() == Cue.PartOfSpeech.VERB) {
            for (Dependency d : g.children(c)) {
                if ((d.base().equals("obj") || d.relation().equals("obl:for")) && askedThing(s, d.dependent(), mentions, date)) content.add(d.dependent());
            }
            // ("requested $10 billion to deliver aid for Ukraine": the purpose of a thing asked for is no one asked)
            if (!content.isEmpty()) {
                for (Dependency d : g.children(c)) if (d.base().equals("xcomp") || d.relation().equals("advcl:to")) inside.add(d.dependent());
            }
        }
        for (Dependency d : g.children(c)) {
            if (d.base().equals("obj") || d.base().equals("iobj")) direct.add(d.dependent());
            // a reported deed is laid at its doer's door only: "saying Germany's hesitation was costing Ukrainian lives"
            // "we find it unacceptable that the Chinese companies are helping Putin": a judged deed of a party that is
            // no state (companies, citizens) is aimed at that party, not at a state it names
            if (judged && (d.base().equals("ccomp") || d.base().equals("csubj")) && g.children(d.dependent(), "nsubj").stream()
                    .anyMatch(x -> !mentionAt(mentions, x.dependent()) && model.nonState().find(single(s, x.dependent())).isPresent())) {
                cand.nonStateAddressee = true;
                continue;
            }
            // "we welcome the Israelis' decision to send a team to Doha", parsed with the clause on the verb: a clause
            // whose doer is a thing or a party other than a state is that doer's deed, and what it names is no addressee
            if (cue.act() != SpeechAct.DECLINE && cue.act().polarity() >= 0 && d.base().equals("xcomp") && deedOfNonState(s, d.dependent(), mentions)) continue;
            if (reportedDeed ? d.base().equals("nsubj") && !d.relation().equals("nsubj:pass") : allowedTargetEdge(s, d, cue, c == d.governor())
                    || judged && (d.base().equals("nsubj") || d.base().equals("csubj"))) {
                todo.add(new int[]{d.dependent(), 1});
                via.putIfAbsent(d.dependent(), c);
            }
        }
        // "I urge you not to fall for Russian claims": a request
        // made to those spoken to is addressed to no state named further down
        // (and so is one made to a party that is no state: "called on the international community to support Ukraine")
        List<Integer> addressed = new ArrayList<>(direct);
        for (Dependency d : g.children(c, "obl")) if (d.subtype().equals("on")) addressed.add(d.dependent());
        // (so is a warning to do or not to do something: "warned private citizens not to travel to Russia" is no rebuke of Russia)
        boolean admonition = cue.act() == SpeechAct.REBUKE && cue.pos() == Cue.PartOfSpeech.VERB && !g.children(c, "xcomp").isEmpty();
        if ((cue.act() == SpeechAct.REQUEST || admonition) && !reportedDeed && addressed.stream().anyMatch(o -> SPOKEN_TO.contains(s.token(o).word().toLowerCase(Locale.ROOT))
                || !mentionAt(mentions, o) && model.nonState().find(single(s, o)).isPresent())) {
            cand.nonStateAddressee = true;
            return Optional.empty();
        }
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            int n = cur[0];
            if (!seen.add(n) || cur[1] > 6) continue;
            // "reprimanded the three countries' ambassadors", "accused the three governments": a counted group is the
            // states named before it (a pair has its own rules)
            if (countedGroup(s, n) > 2 && !victim(s, pathUp(via, n, c))) {
                List<Actor> group = groupMembers(s, n, countedGroup(s, n), cand, mentions, date);
                if (!group.isEmpty()) {
                    cand.path.append(" target:counted-group");
                    cand.targetHead = n;
                    cand.targetPath = List.of(n);
                    cand.coTargets.addAll(group.subList(1, group.size()));
                    return Optional.of(group.get(0));
                }
            }
            if (mentionAt(mentions, n) && !inside.contains(n)) {
                Optional<Actor> any = resolver.resolve(s, n, mentions, date);
                // (also "asked the USTR to study", parsed with the one asked as subject of the clause asked for)
                boolean asked = cue.act() == SpeechAct.REQUEST && cur[1] == 2 && via.get(n) != null && via.get(via.get(n)) != null
                        && via.get(via.get(n)) == c && g.children(via.get(n), "nsubj").stream().anyMatch(x -> x.dependent() == n);
                if (any.isPresent() && cand.isSource(any.get().country()) && (cur[1] == 1 && direct.contains(n) || asked)
                        && (cue.act() == SpeechAct.REQUEST || cue.act() == SpeechAct.AFFIRM || cue.act() == SpeechAct.PLEDGE)) {
                    // "Biden urged Congress to approve aid for Ukraine": the one asked is at home
                    cand.domesticAddressee = true;
                    return Optional.empty();
                }
                Optional<Actor> t = any.filter(x -> !cand.isSource(x.country()));
                List<Integer> path = pathUp(via, n, c);
                // "port projects in Kenya", "calm in northern Iraq": a place, not an addressee
                // (a rebuked deed's place is often its doer: "the crackdown on protesters in Iran")
                if (t.isPresent() && positive && place(s, n, via, cue.act() == SpeechAct.PLEDGE && cue.pos() == Cue.PartOfSpeech.VERB)) continue;
                // ("condemn the ongoing fighting in Sudan": where fighting with no doer of its own happens)
                if (t.isPresent() && cue.act().polarity() < 0 && via.get(n) != null && words(s.token(via.get(n)).lowerLemma(), WordClass.CONFLICT)
                        && place(s, n, via, false)) continue;
                if (t.isPresent() && cue.act() == SpeechAct.DECLINE && !declineAddressee(s, n, path)) continue;
                // "condemned the militia's raid on Israel", "threats to Estonia's borders": the victim of a deed
                if (t.isPresent() && victim(s, path)) continue;
                // "we thank all those providing aid to Ukraine": the beneficiary of what is thanked
                if (t.isPresent() && words(s.token(c).lowerLemma(), WordClass.THANKING) && beneficiary(s, c, path)) continue;
                // "condemned the strikes against Ukraine": the one struck is no target of the rebuke
                if (t.isPresent() && cue.act().polarity() < 0 && hostilePreposition(s, path)) continue;
                // "supports the Minsk process", "priorities, including Iran and Russia": a state that names or exemplifies a topic
                if (t.isPresent() && (naming(s, n, via.get(n)) || example(s, n, via.get(n), mentions))) continue;
                // "Moreover, Korea, the U.S., and Japan, in their pursuit of ..., oppose": a list's first member the parser cut off
                // the subject as a bare oblique before the verb is one of the sources, not the one opposed
                Integer above = via.get(n);
                if (t.isPresent() && above != null && above == c && n < c && s.graph().between(c, n).stream().anyMatch(d -> d.relation().equals("obl"))) continue;
                // "their commitment to diplomacy with the DPRK", "support for talks with Iran": the counterpart of talks
                // (support, or a commitment named as a noun, which restated reassures; not a welcome or a verb's undertaking)
                if (t.isPresent() && (cue.act() == SpeechAct.AFFIRM || cue.act() == SpeechAct.PLEDGE && cue.pos() == Cue.PartOfSpeech.NOUN)
                        && !words(s.token(c).lowerLemma(), WordClass.THANKING) && talksCounterpart(s, n, above)) continue;
                // "condemned anti-Israel bias", "their positions on Taiwan remain unchanged": what an attitude or a stance is about
                if (t.isPresent() && (stancePrefixed(s.token(n).word()) || cue.act() != SpeechAct.DECLINE && standpointTopic(s, n, via.get(n)))) continue;
                // "committed to seek that approval from Brussels", "agreed to press Russia": whom a promised request or
                // reproach is for is not whom the promise is made to
                if (t.isPresent() && (cue.act() == SpeechAct.PLEDGE || cue.act() == SpeechAct.AFFIRM) && promisedAsking(s, path)) {
                    cand.hostileSkipped = true;
                    continue;
                }
                if (t.isPresent() && positive && hostile(s, path)) {
                    // "will continue to impose costs on Russia": not a pledge to Russia; look further
                    cand.hostileSkipped = true;
                    continue;
                }
                if (t.isPresent()) {
                    cand.path.append(" target:depth").append(cur[1]).append(':').append(s.token(n).word());
                    cand.targetHead = n;
                    cand.targetPath = path;
                    return t;
                }
            }
            // "sitting beside Trump, Netanyahu asked the president to lift the tariff": an unqualified role addressed is
            // the person named last before it who holds it
            if (cur[1] == 1 && direct.contains(n) && bareRole(s, mentions, n)) {
                Mention role = roleAt(mentions, n);
                Optional<Actor> t = personAntecedent(n, x -> x.role() == role.role(), cand, mentions, date);
                if (t.isPresent()) {
                    cand.path.append(" target:role-holder");
                    cand.targetHead = n;
                    cand.targetPath = List.of(n);
                    return t;
                }
            }
            // "downgraded relations with Vilnius and accused it": an object pronoun is the state named last before it
            String pronoun = s.token(n).word().toLowerCase(Locale.ROOT);
            boolean person = PERSON_PRONOUNS.contains(pronoun) && direct.contains(n);
            // ("called for it": what a request asks for is no one asked)
            boolean askedFor = cue.act() == SpeechAct.REQUEST && g.parents(n).stream().anyMatch(p -> p.governor() == c && p.relation().equals("obl:for"));
            // ("help it build a maritime security network", parsed with "it" as the subject of the clause helped)
            Integer clause = via.get(n);
            boolean helped = cue.act() == SpeechAct.PLEDGE && cur[1] == 2 && clause != null && (pronoun.equals("it") || pronoun.equals("them"))
                    && g.parents(clause).stream().anyMatch(d -> d.governor() == c && (d.base().equals("ccomp") || d.base().equals("xcomp")))
                    && g.children(clause, "nsubj").stream().anyMatch(d -> d.dependent() == n);
            if (!mentionAt(mentions, n) && ((OBJECT_PRONOUNS.contains(pronoun) || person) && cur[1] == 1 || helped) && !askedFor) {
                // ("spoke with Prime Minister Tusk to assure him": a person's pronoun is the person named last)
                Optional<Actor> t = person ? personAntecedent(n, x -> true, cand, mentions, date) : pronounAntecedent(s, n, cand, mentions);
                // ("Macron urged Putin to pull back troops. Putin thanked him": else the person the sentence before was about)
                boolean earlier = false;
                // (not the one a verb of disappointing affects: "Vilnius will very much disappoint him")
                if (t.isEmpty() && person && (pronoun.equals("him") || pronoun.equals("her")) && cue.act() != SpeechAct.DISAPPOINT) {
                    for (String id : cand.priorPersons) {
                        t = model.actors().person(id, date, false).filter(x -> !cand.isSource(x.country()));
                        earlier = t.isPresent();
                        if (earlier) break;
                    }
                }
                if (t.isPresent()) {
                    cand.path.append(earlier ? " target:prior-person" : " target:pronoun-antecedent");
                    cand.targetHead = n;
                    cand.targetPath = List.of(n);
                    return t;
                }
                // "I asked her to go to Paris": a request made to someone of one's own, no state named further down
                if (person && cue.act() == SpeechAct.REQUEST) {
                    cand.nonStateAddressee = true;
                    return Optional.empty();
                }
            }
            // "a conference on Lebanon ..., announcing that France would give 100 million euros in aid to the country": "the country"
            // with nothing naming a state on it is the one other state named before it
            // (not as a possessor, which is most often the subject's own: "Lula vowed to respond under the country's new law")
            if (cur[1] <= 3 && words(s.token(n).lowerLemma(), WordClass.STATE_ANAPHOR) && s.token(n).pos().equals("NN") && definite(s, n)
                    && g.parents(n).stream().noneMatch(d -> d.relation().equals("nmod:poss"))
                    && g.children(n).stream().noneMatch(d -> (d.base().equals("amod") || d.base().equals("compound") || d.base().equals("nmod"))
                    && mentionAt(mentions, d.dependent()))) {
                Optional<Actor> t = pronounAntecedent(s, n, cand, mentions);
                if (t.isPresent()) {
                    cand.path.append(" target:state-anaphor");
                    cand.targetHead = n;
                    cand.targetPath = List.of(n);
                    return t;
                }
            }
            // "announced by the European Commission, accusing the bloc of condescension": "the bloc" or "the alliance" is the
            // organisation named last before it
            if (!mentionAt(mentions, n) && words(s.token(n).lowerLemma(), WordClass.BODY_ANAPHOR) && definite(s, n)) {
                Mention body = null;
                for (Mention m : mentions) if (m.end() <= n && m.institution() == Institution.IO && m.country() != null) body = m;
                if (body != null && !cand.isSource(body.country())) {
                    cand.path.append(" target:body-anaphor");
                    cand.targetHead = n;
                    cand.targetPath = List.of(n);
                    return Optional.of(model.actors().government(body));
                }
            }
            // "urged Japanese citizens in Israel to leave": people of a country are not its government
            if (!mentionAt(mentions, n) && model.nonState().find(single(s, n)).isPresent()) {
                if (cur[1] == 1) cand.nonStateAddressee = true;
                continue;
            }
            // ("grateful to Ukraine's neighboring countries": a state's countries are others)
            boolean othersOf = s.token(n).pos().equals("NNS") && words(s.token(n).lowerLemma(), WordClass.STATE_GROUP);
            for (Dependency d : g.children(n)) {
                if (othersOf && d.relation().equals("nmod:poss")) continue;
                boolean whose = WHOSE.contains(d.relation()) || d.base().equals("amod") || d.base().equals("compound");
                if (inside.contains(n) && !d.relation().equals("nmod:from") || content.contains(n) && !whose) {
                    // ("demanding 1.3 trillion euros in reparations from Germany": asked from whom, however deep inside)
                    if (s.token(d.dependent()).isNoun() && d.base().equals("nmod")) {
                        inside.add(d.dependent());
                        todo.add(new int[]{d.dependent(), cur[1] + 1});
                        via.putIfAbsent(d.dependent(), n);
                    }
                    continue;
                }
                // "welcomed the decision to engage Qatari mediators": what a noun's clause is about is
                // not the act's addressee
                if (s.token(n).isNoun() && d.base().equals("acl")) {
                    // "condemned the dangerous actions taken by China's coast guard": a rebuke of a deed is aimed at its doer
                    // (a silence on words is toward their author: "refrain from commenting on each remark made by the Chinese side";
                    // praise of a deed too, when the deed is what is praised: "commends the role played by the State of Qatar", not
                    // "support accountability for abuses carried out by Russia")
                    boolean praised = cue.act() == SpeechAct.AFFIRM && Integer.valueOf(c).equals(via.get(n));
                    if (cue.act() == SpeechAct.REBUKE || cue.act() == SpeechAct.DISAPPOINT || cue.act() == SpeechAct.DECLINE || praised) {
                        for (Dependency ag : g.children(d.dependent(), "obl")) {
                            if (ag.subtype().equals("agent") || ag.subtype().equals("by")) {
                                todo.add(new int[]{ag.dependent(), cur[1] + 2});
                                via.putIfAbsent(ag.dependent(), d.dependent());
                                via.putIfAbsent(d.dependent(), n);
                            }
                        }
                    }
                    // "did not return calls seeking comment on Ankara's decision": a silence is about what the press asked on
                    // (not whoever asked: "calls seeking comment from Pakistan's state broadcaster")
                    if (cue.act() == SpeechAct.DECLINE) {
                        for (Dependency o : g.children(d.dependent())) {
                            if (!(o.base().equals("obj") || o.base().equals("obl")) || !words(s.token(o.dependent()).lowerLemma(), WordClass.PRESS_QUERY)) continue;
                            List<Dependency> topics = new ArrayList<>(g.children(d.dependent()));
                            topics.addAll(g.children(o.dependent()));
                            for (Dependency t : topics) {
                                if (!words(t.subtype(), WordClass.TOPIC)) continue;
                                todo.add(new int[]{t.dependent(), cur[1] + 3});
                                via.putIfAbsent(t.dependent(), o.dependent());
                                via.putIfAbsent(o.dependent(), d.dependent());
                                via.putIfAbsent(d.dependent(), n);
                            }
                        }
                    }
                    continue;
                }
                // "welcome the approval by the IMF board of a program for Ghana": inside a deed whose doer is named and is
                // no state, a state is the deed's beneficiary or place, not the addressee
                if (positive && n != c && s.token(n).isNoun() && !d.relation().equals("nmod:poss") && !d.relation().equals("nmod:by")
                        && nonStateDoer(s, n, mentions)) continue;
                // (nor below the doer itself: "the approval by the IMF board of a program for Ghana", parsed with "of" on "board")
                Integer up = via.get(n);
                if (positive && up != null && !mentionAt(mentions, n) && s.token(up).isNoun() && !WHOSE.contains(d.relation())
                        && !d.base().equals("amod") && !d.base().equals("compound")
                        && g.parents(n).stream().anyMatch(p -> p.governor() == up && (p.relation().equals("nmod:by") || p.relation().equals("nmod:poss")))) continue;
                // "reject the idea that there is a wedge between the U.S. and Canada": what a noun's content clause says
                // is its topic; the one addressed is whose idea or claim it is
                if (s.token(n).isNoun() && n != c && d.base().equals("ccomp")) continue;
                // "refused to say whether Trump had spoken to Xi": what is asked about is addressed to no one
                if (questionClause(s, d.dependent())) continue;
                if (allowedTargetEdge(s, d, cue, false)) {
                    todo.add(new int[]{d.dependent(), cur[1] + 1});
                    via.putIfAbsent(d.dependent(), n);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The one state, other than the source's, named before token n in the sentence: between the source
     * and n if any is ("hours after Beijing downgraded relations with Vilnius and accused it"), else
     * anywhere before; empty if none or several.
     */
    private Optional<Actor> pronounAntecedent(Sentence s, int n, Candidate cand, List<Mention> mentions) {
        if (cand.sourceToken >= 0 && cand.sourceToken < n) {
            Optional<Actor> near = pronounAntecedent(s, n, cand, mentions, cand.sourceToken + 1);
            if (near.isPresent()) return near;
        }
        return pronounAntecedent(s, n, cand, mentions, 0);
    }

    /**
     * The person of another state than the source's named last before token n who fits ("him": anyone; "the president":
     * who holds that role).
     */
    private Optional<Actor> personAntecedent(int n, Predicate<Actor> fits, Candidate cand, List<Mention> mentions, LocalDate date) {
        Optional<Actor> last = Optional.empty();
        for (Mention m : mentions) {
            if (m.end() > n || m.kind() != Mention.Kind.PERSON) continue;
            // (the source's own people are skipped: "Trump announced ..., and King Mohammed VI thanked him")
            Optional<Actor> p = model.actors().person(m.personId(), date, m.then()).filter(fits).filter(x -> !cand.isSource(x.country()));
            if (p.isPresent()) last = p;
        }
        return last;
    }

    private Optional<Actor> pronounAntecedent(Sentence s, int n, Candidate cand, List<Mention> mentions, int from) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > n || m.kind() != Mention.Kind.PLACE || cand.isSource(m.country())) continue;
            // ("the Russian import of oil ...; Congress called for it": an adjective is no antecedent of "it")
            int head = m.end() - 1;
            if (s.graph().parents(head).stream().anyMatch(d -> d.base().equals("amod") && d.governor() >= 0 && !mentionAt(mentions, d.governor()))) continue;
            if (last != null && !last.country().equals(m.country())) return Optional.empty();
            last = m;
        }
        if (last == null) return Optional.empty();
        return Optional.of(model.actors().government(last));
    }

    /**
     * The particle of a phrasal verb ("called in", "summoned ... over"), or for a particle the parser
     * took for a preposition ("called in a diplomat": obl:in) the noun it was given; -1 if none.
     */
    private static int particle(Sentence s, int verb) {
        DependencyGraph g = s.graph();
        for (Dependency d : g.children(verb, "compound:prt")) return d.dependent();
        for (Dependency d : g.children(verb, "obl")) {
            for (Dependency cs : g.children(d.dependent(), "case")) if (cs.dependent() == verb + 1) return d.dependent();
        }
        return -1;
    }

    /**
     * The state of another country than the source's that the phrase headed by token head names (as a speaker
     * when {@code actor}, else as a target), recorded on the candidate's path as found by {@code how}; empty for
     * head -1.
     */
    private Optional<Actor> addressee(Sentence s, int head, String how, boolean actor, Candidate cand, List<Mention> mentions, LocalDate date) {
        if (head < 0) return Optional.empty();
        Optional<Actor> t = (actor ? resolver.resolve(s, head, mentions, date) : resolver.resolveTarget(s, head, mentions, date))
                .filter(x -> !cand.isSource(x.country()));
        if (t.isPresent()) {
            cand.path.append(" target:").append(how).append(':').append(s.token(head).word());
            cand.targetHead = head;
        }
        return t;
    }

    /**
     * The subject of a clause of time or cause (CAUSE: "as", "after", "when", "because") on the cue verb, or on the verb whose
     * object a noun cue is ("voiced frustration as Bratislava held up the package"); -1 if none.
     */
    private int occasionDoer(Sentence s, int c) {
        DependencyGraph g = s.graph();
        int clause = c;
        if (!s.token(c).isVerb()) {
            Dependency up = g.headEdge(c);
            if (up == null || !up.base().equals("obj")) return -1;
            clause = up.governor();
        }
        for (Dependency d : g.children(clause)) {
            if (!d.base().equals("advcl") || !words(d.subtype(), WordClass.CAUSE)) continue;
            for (Dependency sub : g.children(d.dependent(), "nsubj")) {
                if (!sub.relation().equals("nsubj:pass")) return sub.dependent();
            }
        }
        return -1;
    }

    /**
     * "signed a hundred-year partnership with Ukraine, promising £3 billion a year": a participle that commits or
     * affirms, hung on an agreement or on the clause that makes one, is addressed to the partner named with "with";
     * -1 if none.
     */
    private static int partnerOfParticiple(Sentence s, int c) {
        DependencyGraph g = s.graph();
        if (!s.token(c).pos().equals("VBG")) return -1;
        for (Dependency up : g.parents(c)) {
            if (up.governor() < 0 || !(up.base().equals("acl") || up.base().equals("advcl") || up.base().equals("xcomp") || up.base().equals("dep"))) continue;
            List<Integer> heads = new ArrayList<>(List.of(up.governor()));
            for (Dependency o : g.children(up.governor(), "obj")) heads.add(o.dependent());
            for (int h : heads) {
                for (Dependency w : g.children(h)) {
                    if (w.relation().equals("nmod:with") || w.relation().equals("obl:with")) return w.dependent();
                }
            }
        }
        return -1;
    }

    /**
     * The one told what clause c says ("told Zelensky that Seoul would provide", "assured Manila that Washington
     * would stand by it"): the object of the reporting verb whose content clause holds c; -1 if none.
     */
    private int toldAddressee(Sentence s, int c) {
        DependencyGraph g = s.graph();
        int cur = c;
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = null;
            for (Dependency d : g.parents(cur)) if (d.governor() >= 0) up = d;
            if (up == null) return -1;
            if (up.base().equals("ccomp") && words(s.token(up.governor()).lowerLemma(), WordClass.REPORTING)) {
                for (Dependency o : g.children(up.governor())) {
                    if (o.base().equals("obj") || o.base().equals("iobj")) return o.dependent();
                }
                return -1;
            }
            if (!(up.base().equals("xcomp") || up.base().equals("conj"))) return -1;
            cur = up.governor();
        }
        return -1;
    }

    /** A clause opened by "whether" or "if". */
    private boolean questionClause(Sentence s, int head) {
        for (Dependency m : s.graph().children(head, "mark")) {
            if (words(s.token(m.dependent()).lowerLemma(), WordClass.QUESTION)) return true;
        }
        return false;
    }

    /**
     * Whom a decline leaves unanswered: the state whose words or deeds are the topic ("declined to
     * comment on Japan's request", "did not respond to Beijing"), not a state merely named in it
     * ("declined to discuss a timeline for relations with Israel"), nor one inside a clause of its own
     * ("would not say whether Washington would send interceptors to Kyiv", "referred questions to prosecutors,
     * a day after Berlin summoned Iran's ambassador"): what such a clause says is the topic.
     */
    private boolean declineAddressee(Sentence s, int n, List<Integer> path) {
        DependencyGraph g = s.graph();
        for (int p : path) {
            if (s.token(p).isVerb() && (questionClause(s, p)
                    || g.children(p, "nsubj").stream().anyMatch(d -> !d.relation().equals("nsubj:xsubj")))) return false;
        }
        for (Dependency d : g.parents(n)) {
            // "the president's remarks", "each remark made by the Chinese side": the author
            if (d.relation().equals("nmod:poss") || d.relation().equals("obl:by") || d.relation().equals("obl:agent")) return true;
            // "the Israeli claims", "a Chinese embassy claim": the author named by an adjective
            if ((d.base().equals("amod") || d.base().equals("compound")) && path.size() <= 4) return true;
            if (d.governor() >= 0 && s.token(d.governor()).isVerb() && path.size() <= 2
                    && (d.base().equals("obj") || d.base().equals("obl") || d.base().equals("iobj"))) return true;
        }
        return false;
    }

    /**
     * The addressee of a speech act conjoined with verb c and sharing its subject: the object, or the
     * "to"/"with" complement, of a conjunct that is itself a cue or carries one as its object; -1 if none.
     */
    private int conjoinedAddressee(Sentence s, int c, Cue cue, Set<Integer> exclude, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        boolean supportive = cue.act() == SpeechAct.AFFIRM || cue.act() == SpeechAct.PLEDGE;
        // "condemned the Houthis' attack and urged Iran to stop": a rebuke that names what it condemns is aimed at its doer only
        if (!supportive && cue.act() != SpeechAct.REQUEST && !g.children(c, "obj").isEmpty()) return -1;
        // "back Manila, uphold freedom of navigation", "back the inquiry's second phase ... and press
        // Beijing": an act with an object of its own is about that (a pledged amount names no beneficiary)
        for (Dependency o : g.children(c, "obj")) {
            String pos = s.token(o.dependent()).pos();
            if (pos.startsWith("NNP") || supportive && !(pos.equals("$") || pos.equals("CD"))) return -1;
        }
        List<Integer> conjuncts = new ArrayList<>();
        for (Dependency d : g.parents(c)) if (d.governor() >= 0 && d.base().equals("conj")) conjuncts.add(d.governor());
        for (Dependency d : g.children(c, "conj")) conjuncts.add(d.dependent());
        Set<Integer> own = new HashSet<>();
        for (Dependency d : g.children(c, "nsubj")) own.add(d.dependent());
        for (int v : conjuncts) {
            if (!s.token(v).isVerb()) continue;
            Set<Integer> theirs = new HashSet<>();
            for (Dependency d : g.children(v, "nsubj")) theirs.add(d.dependent());
            if (!own.isEmpty() && !theirs.isEmpty() && !own.equals(theirs)) continue;
            // (a word that is a cue only under its constraints is an act only when they hold: "spoke with X" is no
            // "not going to speak to")
            List<Cue> acts = new ArrayList<>(actsAt(s, v));
            for (Dependency o : g.children(v, "obj")) acts.addAll(actsAt(s, o.dependent()));
            // "blamed Israel for the strike and vowed a response": a pledge or affirmation borrows only from its like
            // ("deeply disappointed by this outcome and will communicate our response to Chinese authorities": a reproach
            // conjoined to words conveyed to someone is addressed to them)
            boolean conveyed = acts.isEmpty() && !supportive && talking(s.token(v).lowerLemma());
            if (!conveyed && (acts.isEmpty() || supportive && acts.stream().anyMatch(x -> x.act() != SpeechAct.AFFIRM && x.act() != SpeechAct.PLEDGE))) continue;
            for (Dependency o : g.children(v)) {
                boolean addressee = o.base().equals("obj") || o.base().equals("iobj") || o.relation().equals("obl:to") || o.relation().equals("obl:with");
                if (addressee && !exclude.contains(o.dependent()) && mentionAt(mentions, o.dependent())) return o.dependent();
                // "lodged a protest with the Chinese side": the act noun's own addressee
                if (o.base().equals("obj")) {
                    for (Dependency n : g.children(o.dependent())) {
                        if ((n.relation().equals("nmod:with") || n.relation().equals("nmod:to")) && mentionAt(mentions, n.dependent())) return n.dependent();
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Whether noun c is the subject of what is said of it ("Britain's commitment to Estonia is ironclad",
     * "Australia's commitment to the Philippines is unshakable"): a standing commitment described, not one made.
     */
    private static boolean described(Sentence s, int c) {
        if (!s.token(c).isNoun()) return false;
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() >= 0 && d.base().equals("nsubj") && !s.graph().children(d.governor(), "cop").isEmpty()) return true;
        }
        return false;
    }

    /**
     * Whether pledge noun c is made in this sentence: the object of a verb of making ("made a commitment
     * to Kenya", "doubled its pledge"), made by a passive one or a participle ("a pledge was made",
     * "commitments announced by"), counted out ("a $50 million pledge", "our total commitment of 4 million
     * doses"), or spelled out as an undertaking ("her commitment to aid U.S. forces").
     */
    private boolean made(Sentence s, int c) {
        return made(s, c, true);
    }

    /** @param conjuncts whether to look at the noun it is conjoined to (once: enhanced graphs may hold conj cycles) */
    private boolean made(Sentence s, int c, boolean conjuncts) {
        DependencyGraph g = s.graph();
        for (Dependency d : g.parents(c)) {
            if (d.governor() < 0) continue;
            boolean object = d.base().equals("obj") || d.relation().equals("nsubj:pass");
            if (object && words(s.token(d.governor()).lowerLemma(), WordClass.MAKING)) return true;
            if (conjuncts && d.base().equals("conj") && s.token(d.governor()).isNoun() && made(s, d.governor(), false)) return true;
        }
        // "Takaichi's commitment to aid U.S. forces": an undertaking spelled out as an infinitive is a pledge
        // whatever governs it (read off the words: the parser often makes the noun the infinitive's subject)
        if (infinitiveAfter(s, c)) return true;
        for (Dependency d : g.children(c)) {
            if (d.base().equals("acl") && words(s.token(d.dependent()).lowerLemma(), WordClass.MAKING)) return true;
            if (counted(s, d.dependent()) || (d.base().equals("nmod") && g.children(d.dependent()).stream().anyMatch(q -> counted(s, q.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /** "to" and a bare verb right after token c: "commitment to aid", "pledge to provide". */
    private static boolean infinitiveAfter(Sentence s, int c) {
        return c + 2 < s.size() && s.token(c + 1).lowerLemma().equals("to") && s.token(c + 2).pos().equals("VB");
    }

    /** A number or an amount of money: "$50 million", "4.3 million". */
    private static boolean counted(Sentence s, int t) {
        return s.token(t).pos().equals("CD") || s.token(t).pos().equals("$") || s.token(t).word().startsWith("$");
    }

    /**
     * A participle of pledging used as a state: "is committed to", "remains committed to" (with a copula or
     * an agentless passive auxiliary, or completing "remain" or "stay").
     */
    private boolean standing(Sentence s, int c) {
        String pos = s.token(c).pos();
        if (!pos.equals("VBN") && !pos.equals("JJ")) return false;
        // "Moldova was promised €1.8 billion": a passive with an object is an act done to its subject
        if (!s.graph().children(c, "obj").isEmpty()) return false;
        if (remaining(s, c)) return true;
        if (!s.graph().children(c, "cop").isEmpty()) return true;
        // parsed as a passive with no agent: "is committed to"
        if (!s.graph().children(c, "aux:pass").isEmpty()
                && s.graph().children(c, "obl").stream().noneMatch(o -> o.subtype().equals("agent") || o.subtype().equals("by"))) return true;
        return false;
    }

    /** "will always remain a reliable partner for Ukraine": a noun completing a verb of remaining, whose future reassures now. */
    private boolean remainingPredicate(Sentence s, int c) {
        return !s.token(c).isVerb() && remaining(s, c);
    }

    /** "remains committed to", "stays committed to": a commitment that lasts. */
    private boolean remaining(Sentence s, int c) {
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() >= 0 && d.base().equals("xcomp") && words(s.token(d.governor()).lowerLemma(), WordClass.REMAINING)) return true;
        }
        return false;
    }

    /**
     * "is committed to deepening cooperation", "are committed to build": being committed to a deed is
     * undertaking it (PLEDGE) unless the commitment is said to last ("remains committed to"); being
     * committed to a state or a cause ("to Haiti's future", "to the alliance"), or to supporting one,
     * is a stance (AFFIRM).
     */
    private boolean committedToDeed(Sentence s, int c) {
        if (remaining(s, c)) return false;
        List<Integer> deeds = new ArrayList<>();
        for (Dependency d : s.graph().children(c)) {
            String b = d.base();
            if (!(b.equals("xcomp") || b.equals("ccomp") || d.relation().equals("advcl:to") || d.relation().equals("obl:to"))) continue;
            deeds.add(d.dependent());
            // "committed to helping Chile", parsed with the gerund as the state's modifier
            for (Dependency m : s.graph().children(d.dependent(), "amod")) if (s.token(m.dependent()).pos().equals("VBG")) deeds.add(m.dependent());
        }
        return deeds.stream().anyMatch(v -> s.token(v).isVerb() && !stance(s, v, 0));
    }

    /**
     * Whether verb v, the content of a commitment or pledge, keeps a stance rather than does a deed: an affirming verb
     * ("committed to stand with Ukraine") or one of defending what the commitment guarantees (REASSURANCE: "help
     * defend Israel"), also through a verb of going on or helping ("continuing to stand with", "help Israel defend itself").
     */
    private boolean stance(Sentence s, int v, int depth) {
        Token t = s.token(v);
        if (model.cues().cuesFor(t).stream().anyMatch(x -> x.act() == SpeechAct.AFFIRM) || words(t.lowerLemma(), WordClass.REASSURANCE)) return true;
        if (depth >= 2 || !words(t.lowerLemma(), WordClass.CONTINUING)) return false;
        for (Dependency d : s.graph().children(v)) {
            if ((d.base().equals("xcomp") || d.base().equals("ccomp")) && s.token(d.dependent()).isVerb() && stance(s, d.dependent(), depth + 1)) return true;
        }
        return false;
    }

    /** Whether noun c is what a word of restating governs ("reiterated our commitment", "a reminder of our commitment"). */
    private boolean restated(Sentence s, int c) {
        if (!s.token(c).isNoun()) return false;
        int clause = infinitiveParsedAsClause(s, c);
        for (int n : new int[]{c, clause}) {
            if (n < 0) continue;
            for (Dependency d : s.graph().parents(n)) {
                if (d.governor() < 0 || !(d.base().equals("obj") || d.relation().equals("nmod:of") || n == clause && d.base().equals("ccomp"))) continue;
                if (words(s.token(d.governor()).lowerLemma(), WordClass.RESTATING)) return true;
            }
        }
        return false;
    }

    /**
     * "reiterated the U.S. commitment to support Ukraine" is often parsed as a clause "commitment [to]
     * support Ukraine" with the noun as subject: the infinitive that then stands for the noun phrase, or -1.
     */
    private static int infinitiveParsedAsClause(Sentence s, int c) {
        if (!infinitiveAfter(s, c)) return -1;
        for (Dependency d : s.graph().parents(c)) if (d.governor() == c + 2 && d.base().equals("nsubj")) return c + 2;
        return -1;
    }

    /** "silent on Seoul's request", "declined to comment on Venezuela's accusations": an act someone answers was made. */
    private boolean answered(Sentence s, int c) {
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() >= 0 && (d.base().equals("obl") || d.base().equals("nmod")) && answering(s, d.governor())) return true;
        }
        return false;
    }

    /** A word of answering, or a verb completed by one ("stayed silent"). */
    private boolean answering(Sentence s, int n) {
        if (words(s.token(n).lowerLemma(), WordClass.RESPONDING)) return true;
        for (Dependency x : s.graph().children(n, "xcomp")) if (words(s.token(x.dependent()).lowerLemma(), WordClass.RESPONDING)) return true;
        return false;
    }

    /**
     * The subject of a word of answering above a request or accusation noun c ("declined to comment
     * on Venezuela's accusations": the State Department's spokesperson), or -1.
     */
    private int responder(Sentence s, int c) {
        DependencyGraph g = s.graph();
        boolean answering = false;
        int cur = c;
        for (int depth = 0; depth < 5; depth++) {
            Dependency up = g.headEdge(cur);
            if (up == null) return -1;
            cur = up.governor();
            answering |= answering(s, cur);
            if (!answering) continue;
            for (Dependency sub : g.children(subjectBearer(g, cur), "nsubj")) if (!sub.relation().equals("nsubj:pass")) return sub.dependent();
        }
        return -1;
    }

    /** Whether an amount at or below token n (within depth tokens) is "in" or "of" one of the cue's required lemmas. */
    private static boolean measures(Sentence s, int n, Set<String> lemmas, int depth) {
        for (Dependency q : s.graph().children(n)) {
            if ((q.relation().equals("nmod:in") || q.relation().equals("nmod:of"))
                    && lemmas.contains(s.token(q.dependent()).lowerLemma())) return true;
            if (depth > 1 && Set.of("amod", "dep", "nummod", "compound").contains(q.base()) && measures(s, q.dependent(), lemmas, depth - 1)) return true;
        }
        return false;
    }

    /**
     * "at the request of Lukashenko", "at Kyiv's request": a request noun under "at" with its maker
     * named is a request made; the verb it hangs on (whose subject acts on it), or -1.
     */
    private static int atRequestOf(Sentence s, int c) {
        DependencyGraph g = s.graph();
        boolean maker = g.children(c).stream().anyMatch(d -> d.relation().equals("nmod:of") || d.relation().equals("nmod:poss"));
        if (!maker) return -1;
        for (Dependency d : g.parents(c)) {
            if (d.governor() >= 0 && d.subtype().equals("at") && (d.base().equals("obl") || d.base().equals("nmod"))
                    && s.token(d.governor()).isVerb()) return d.governor();
        }
        return -1;
    }

    /** The maker of an "at the request of" the verb c or a verb it governs acts on ("agreed to station ... at the request of X"), or -1. */
    private static int requestAnswered(Sentence s, int c) {
        DependencyGraph g = s.graph();
        for (int r = 0; r < s.size(); r++) {
            int v = atRequestOf(s, r);
            for (int depth = 0; v >= 0 && depth < 3 && v != c; depth++) {
                int up = -1;
                for (Dependency d : g.parents(v)) if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("advcl"))) up = d.governor();
                v = up;
            }
            if (v != c) continue;
            for (Dependency d : g.children(r)) if (d.relation().equals("nmod:of") || d.relation().equals("nmod:poss")) return d.dependent();
        }
        return -1;
    }

    /** Whether token t is in the name of a person or an office holder. */
    private static boolean personAt(List<Mention> mentions, int t) {
        for (Mention m : mentions) if (m.contains(t) && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ROLE)) return true;
        return false;
    }

    /**
     * Whom a verb of hospitality receives rather than endorses, as a rejection detail, or null: a person
     * or office holder ("welcomed Chancellor Merz to the Elysee", "honored to welcome you"), or a named
     * guest brought to the host's own place ("welcomed President-elect X of Venezuela to the White House").
     */
    private String guest(Sentence s, int c, Candidate cand, List<Mention> mentions, LocalDate date) {
        DependencyGraph g = s.graph();
        int visitor = visitor(s, c, mentions);
        if (visitor >= 0) return "receives a visitor: " + s.token(visitor).word();
        if (g.children(c, "obj").stream().noneMatch(o -> s.token(o.dependent()).pos().startsWith("NNP") || roleAt(mentions, o.dependent()) != null)) return null;
        // (the place may hang inside the guest's long name: "welcomed His Excellency ..., and First Lady ... to the White House")
        List<Dependency> to = new ArrayList<>(g.children(c, "obl:to"));
        for (Dependency o : g.children(c)) {
            if (o.base().equals("obj") || o.base().equals("iobj")) for (int n : subtree(g, o.dependent())) to.addAll(g.children(n, "nmod:to"));
        }
        for (Dependency d : to) {
            Optional<Actor> place = resolver.resolve(s, d.dependent(), mentions, date);
            if (place.isPresent() && cand.isSource(place.get().country())) return "receives a guest at " + s.token(d.dependent()).word();
        }
        return null;
    }

    /** The cue's direct object when it names a person or an office holder, or is a personal pronoun ("welcome you"); else -1. */
    private static int visitor(Sentence s, int c, List<Mention> mentions) {
        for (Dependency d : s.graph().children(c)) {
            if (!d.base().equals("obj") && !d.base().equals("iobj")) continue;
            int t = d.dependent();
            String w = s.token(t).word().toLowerCase(Locale.ROOT);
            // (not a government's leadership of something: "We welcome Kenya's leadership of the mission")
            boolean governing = mentions.stream().anyMatch(m -> m.contains(t) && m.kind() == Mention.Kind.ROLE && m.role() == Role.GOVERNMENT);
            if (d.base().equals("obj") && (w.equals("you") || PERSON_PRONOUNS.contains(w) || personAt(mentions, t) && !governing)) return t;
            // "welcomed His Excellency Ferdinand R. Marcos, Jr.", parsed with "His" as the object
            if (s.token(t).pos().equals("PRP$")) {
                for (Dependency x : s.graph().children(t)) if (personAt(mentions, x.dependent())) return x.dependent();
            }
        }
        return -1;
    }

    /** Whether a mention modifies a noun that names people or bodies of its country ("the Thai people"). */
    private boolean ofPeople(Sentence s, Mention m) {
        for (int t = m.start(); t < m.end(); t++) {
            for (Dependency d : s.graph().parents(t)) {
                if (d.governor() < 0 || m.contains(d.governor())) continue;
                String b = d.base();
                if ((b.equals("amod") || b.equals("compound") || d.relation().equals("nmod:poss"))
                        && model.nonState().find(single(s, d.governor())).isPresent()) return true;
            }
        }
        return false;
    }

    /**
     * Whether token n hangs inside a noun phrase by a preposition of place, time or topic ("projects in Kenya"); for a
     * pledging verb not by one of being inside (WITHIN): where a pledged deed is done is whom it is done for ("will
     * finance the production of weapons inside Ukraine"), though where a thing supported happens is not.
     */
    private boolean place(Sentence s, int n, Map<Integer, Integer> via, boolean pledged) {
        Integer gov = via.get(n);
        if (gov == null || words(s.token(gov).lowerLemma(), WordClass.INVESTED)) return false;
        // "our partners in Washington", "our counterparts in Tokyo": the government there, not a place
        if (words(s.token(gov).lowerLemma(), WordClass.COUNTERPART)) return false;
        for (Dependency d : s.graph().parents(n)) {
            if (d.governor() == gov && d.base().equals("nmod") && words(d.subtype(), WordClass.NOT_TARGET)
                    && !(pledged && words(d.subtype(), WordClass.WITHIN))) return true;
        }
        return false;
    }

    /** Whether token n is a state's name modifying a venue, process or topic noun gov ("the G20 Summit", "Afghanistan matters"). */
    private boolean naming(Sentence s, int n, Integer gov) {
        if (gov == null) return false;
        Token head = s.token(gov);
        boolean namedText = Character.isUpperCase(head.word().charAt(0)) && (words(head.lowerLemma(), WordClass.NAMED_TEXT)
                || words(head.word().toLowerCase(Locale.ROOT), WordClass.NAMED_TEXT));
        if (!namedText && !words(head.lowerLemma(), WordClass.NAMING)) return false;
        for (Dependency d : s.graph().parents(n)) {
            if (d.governor() == gov && (d.base().equals("compound") || namedText && d.base().equals("amod"))) return true;
        }
        return false;
    }

    /** Whether a word is a state's name after a prefix of attitude ("anti-Israel", "pro-Russian"). */
    private boolean stancePrefixed(String word) {
        int dash = word.indexOf('-');
        return dash > 0 && words(word.substring(0, dash).toLowerCase(Locale.ROOT), WordClass.STANCE_PREFIX);
    }

    /** Whether token n hangs on a noun of a position held by a preposition ("positions on Taiwan", "approaches to the DPRK"), not "of". */
    private boolean standpointTopic(Sentence s, int n, Integer gov) {
        if (gov == null || !words(s.token(gov).lowerLemma(), WordClass.STANDPOINT)) return false;
        return s.graph().parents(n).stream().anyMatch(d -> d.governor() == gov && d.base().equals("nmod") && !d.subtype().isEmpty() && !d.subtype().equals("of") && !d.subtype().equals("poss"));
    }

    /**
     * Whether token n is named as an example ("including", "such as") of a noun gov other than a group of
     * states: "priorities, including Afghanistan, China and Iran" lists topics; "allies, including Japan" states.
     */
    private boolean example(Sentence s, int n, Integer gov, List<Mention> mentions) {
        if (gov == null || mentionAt(mentions, gov) || words(s.token(gov).lowerLemma(), WordClass.STATE_GROUP)) return false;
        for (Dependency d : s.graph().parents(n)) {
            if (d.governor() == gov && words(d.subtype(), WordClass.EXAMPLE)) return true;
        }
        return false;
    }

    /** The verb modal token m is the auxiliary of ("must" in "Washington must send them home": "send"), else -1. */
    private static int modalVerb(Sentence s, int m) {
        for (Dependency d : s.graph().parents(m)) if (d.governor() >= 0 && d.base().equals("aux") && s.token(d.governor()).isVerb()) return d.governor();
        return -1;
    }

    /** The one who said the clause whose word {@code head} is ("the ministry said it had protested": "the ministry"), else -1. */
    private int reportedSpeakerOf(Sentence s, int head) {
        int governor = -1;
        for (Dependency d : s.graph().parents(head)) if (d.governor() >= 0) governor = d.governor();
        int speaker = governor < 0 ? -1 : reportingSpeaker(s, governor, true);
        for (Dependency up : speaker < 0 ? s.graph().parents(head) : List.<Dependency>of()) {
            // ("while South Korea said it strongly protested the claim", parsed with the verb of saying as an adjunct of what
            // it reports): a verb of saying before "it", with nothing reported of its own, hung on the clause
            if (up.governor() < 0) continue;
            for (Dependency d : s.graph().children(up.governor(), "advcl")) {
                int v = d.dependent();
                if (v > head || !words(s.token(v).lowerLemma(), WordClass.REPORTING) || s.graph().hasChild(v, "ccomp")) continue;
                for (Dependency sub : s.graph().children(v, "nsubj")) if (!sub.relation().equals("nsubj:pass")) speaker = sub.dependent();
            }
        }
        return speaker == head ? -1 : speaker;
    }

    /** The state named first in a sentence, within its first three words (its subject: "A Beijing court sentenced"), else null. */
    private Actor openingState(List<Mention> mentions, LocalDate date) {
        for (Mention m : mentions) {
            if (m.start() > 2) return null;
            if (m.country() == null) continue;
            return m.kind() == Mention.Kind.PERSON ? model.actors().person(m.personId(), date, m.then()).orElse(null) : model.actors().government(m);
        }
        return null;
    }

    /**
     * Whether cue c judges a deed taken up by a definite noun of its own (DEED: "disappointed by the vote", "called the
     * verdict regrettable", "hailed the step"), one no possessor or modifier ties to a doer of its own.
     */
    private boolean judgesTakenUpDeed(Sentence s, int c) {
        DependencyGraph g = s.graph();
        List<Integer> judged = new ArrayList<>();
        for (Dependency d : g.children(c)) {
            if (d.base().equals("obj") || d.base().equals("nsubj") || d.base().equals("obl")) judged.add(d.dependent());
        }
        for (Dependency d : g.parents(c)) {
            if (d.governor() >= 0 && d.base().equals("xcomp")) for (Dependency o : g.children(d.governor(), "obj")) judged.add(o.dependent());
        }
        return judged.stream().anyMatch(n -> takenUpDeed(s, n));
    }

    /**
     * Whether noun n takes up a deed named elsewhere: a definite DEED noun ("the decision", "the vote") that no possessor,
     * modifier or complement ties to a doer or content of its own.
     */
    private boolean takenUpDeed(Sentence s, int n) {
        if (!s.token(n).isNoun() || !words(s.token(n).lowerLemma(), WordClass.DEED) || !definite(s, n)) return false;
        return s.graph().children(n).stream().noneMatch(d -> d.relation().equals("nmod:poss") || d.base().equals("amod")
                || d.base().equals("compound") || d.base().equals("acl") || d.base().startsWith("nmod"));
    }

    /**
     * The author of the deed or words a decline is about: a DEED or UTTERANCE noun reached from cue c through at most
     * three object, complement or topic links, the last a topic preposition ("questions about", "comment on") or an
     * object inside a question clause ("declined to say whether Washington would grant Kyiv's request"), and its
     * possessor, modifier or "from"/"by" phrase naming a state other than the source. The question the decline
     * answers counts too: "Asked about Pashinyan's announcement, Peskov said Moscow had nothing to add".
     */
    private Optional<Actor> topicAuthor(Article a, Sentence s, int c, Candidate cand, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        List<int[]> todo = new ArrayList<>(List.of(new int[]{c, 0, 0}));
        Set<Integer> seen = new HashSet<>(List.of(c));
        for (int up = c, level = 0; up >= 0 && level < 2; level++) {
            int next = -1;
            for (Dependency d : g.parents(up)) if (d.governor() >= 0 && d.base().equals("ccomp")) next = d.governor();
            int verb = next < 0 ? up : next;
            for (Dependency d : g.children(verb)) {
                // (the participle before the clause, parsed as its adverbial or, at the sentence's start, its complement)
                boolean before = d.base().equals("advcl") || d.base().equals("ccomp") && d.dependent() < verb && s.token(d.dependent()).pos().equals("VBN");
                if (before && words(s.token(d.dependent()).lowerLemma(), WordClass.ASKED) && seen.add(d.dependent())) todo.add(new int[]{d.dependent(), 1, 0});
            }
            up = next;
        }
        // ("Asked about Takaichi's remarks, a spokesperson declined to comment", parsed with the participle as the root and
        // the clause hung deep inside it: a sentence opening with such a participle opens with the question)
        if (s.size() > 1 && words(s.token(0).lowerLemma(), WordClass.ASKED) && s.token(0).pos().startsWith("VB") && seen.add(0)) {
            todo.add(new int[]{0, 1, 0});
        }
        while (!todo.isEmpty()) {
            int[] cur = todo.remove(0);
            for (Dependency d : g.children(cur[0])) {
                String b = d.base();
                boolean topicLink = (b.equals("nmod") || b.equals("obl")) && words(d.subtype(), WordClass.TOPIC);
                boolean question = b.equals("ccomp") && g.children(d.dependent(), "mark").stream()
                        .anyMatch(m -> words(s.token(m.dependent()).lowerLemma(), WordClass.QUESTION));
                if (!(topicLink || question || b.equals("obj") || b.equals("xcomp")) || !seen.add(d.dependent())) continue;
                Token n = s.token(d.dependent());
                boolean asked = topicLink || cur[2] == 1 && b.equals("obj");
                if (asked && n.isNoun() && (words(n.lowerLemma(), WordClass.DEED) || words(n.lowerLemma(), WordClass.UTTERANCE))) {
                    for (Dependency w : g.children(d.dependent())) {
                        boolean author = w.relation().equals("nmod:poss") || w.base().equals("amod") || w.base().equals("compound")
                                || w.subtype().equals("from") || w.subtype().equals("by") || w.subtype().equals("agent");
                        if (!author) continue;
                        Optional<Actor> t = resolver.resolveTarget(s, w.dependent(), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                        if (t.isPresent()) return t;
                    }
                }
                if (cur[1] < 2) todo.add(new int[]{d.dependent(), cur[1] + 1, question ? 1 : 0});
            }
        }
        return Optional.empty();
    }

    /** The conversation told in this sentence before token {@code word}, else the one told in the sentence before. */
    private Meeting meetingBefore(Sentence s, int word, List<Mention> mentions, LocalDate date, Context ctx) {
        Meeting here = meeting(s, mentions, date);
        return here != null && here.word() < word ? here : ctx.meeting();
    }

    /**
     * The conversation sentence s reports, if any (see {@link Meeting}): a word of meeting (MEETING: "spoke with",
     * "met", "held talks with", "received") with a state named within a few words after it and no verb or clause
     * break between them ("spoke to reporters about Ukraine" names no partner). Only sentences holding a form of such a
     * word are tagged for it.
     */
    private Meeting meeting(Sentence s, List<Mention> mentions, LocalDate date) {
        int w = firstForm(s, meetingForms);
        if (w < 0) return null;
        Mention host = null;
        Mention partner = null;
        for (Mention m : mentions) {
            if (m.country() == null) continue;
            if (m.end() <= w) {
                if (host == null) host = m;
            } else if (m.start() > w && (host == null || !m.country().equals(host.country()))) {
                partner = m;
                break;
            }
        }
        if (partner == null || partner.start() - w > MEETING_REACH) return null;
        Sentence tagged = s.tagged() ? s : analyzer.tag(s);
        if (!words(tagged.token(w).lowerLemma(), WordClass.MEETING)) return null;
        for (int i = w + 1; i < partner.start(); i++) {
            // between them only titles, names and the words of the call: "spoke by phone with Prime Minister Nawaf Salam of
            // Lebanon", "met the president of Kenya"; not "spoke to reporters about Sweden"
            Token t = tagged.token(i);
            if (t.isVerb() || t.pos().equals(".") || t.pos().equals(":") || t.pos().equals("WDT")) return null;
            if ((t.pos().equals("NN") || t.pos().equals("NNS")) && !words(t.lowerLemma(), WordClass.MEETING)
                    && !model.actors().isTitle(t.lowerLemma())) return null;
        }
        if (partner.kind() != Mention.Kind.PERSON && !officeOf(tagged, partner, w) && !visitedState(tagged, partner, w)) return null;
        Optional<Actor> other = partner.kind() == Mention.Kind.PERSON ? model.actors().person(partner.personId(), date, partner.then())
                : Optional.of(model.actors().government(partner));
        String hostCountry = host == null ? null : host.country();
        int word = w;
        return other.map(o -> new Meeting(hostCountry, o, s.index(), word)).orElse(null);
    }

    /**
     * Whether a state named right after a word of meeting w, with at most a preposition between, is the government met:
     * "made his first visit to Ukraine", "held talks with Japan"; not a body ("talks with the EU's Council").
     */
    private static boolean visitedState(Sentence s, Mention place, int w) {
        if (place.kind() != Mention.Kind.PLACE || place.institution() == Institution.IO || place.start() - w > 2) return false;
        for (int i = w + 1; i < place.start(); i++) if (!s.token(i).pos().equals("IN") && !s.token(i).pos().equals("TO")) return false;
        return true;
    }

    /**
     * Whether a place named after a word of meeting w names whom one met by their office: "the president of Kenya",
     * "Prime Minister Nawaf Salam of Lebanon", "Sweden's prime minister", "his Japanese counterpart"; not a body
     * ("G7 partners", "the U.N. Council") nor a place ("the president of Samsung in South Korea").
     */
    private boolean officeOf(Sentence s, Mention place, int w) {
        if (place.institution() == Institution.IO) return false;
        String before = place.start() > 0 ? s.token(place.start() - 1).word().toLowerCase(Locale.ROOT) : "";
        if (before.equals("of")) {
            for (int i = w + 1; i < place.start() - 1; i++) if (model.actors().isTitle(s.token(i).word().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        int next = place.end();
        if (next < s.size() && s.token(next).pos().equals("POS")) next++;
        if (next >= s.size()) return false;
        String after = s.token(next).lowerLemma();
        return model.actors().isTitle(after) || words(after, WordClass.COUNTERPART);
    }

    /**
     * A target for an act that names none, from the acts before it: a complaint about the deed the
     * sentence's last complaint was aimed at (or whose assault was named before it), a silence on
     * words ("the request") toward whoever last addressed the silent state.
     */
    private void targetFromEarlierActs(Article a, Sentence s, int c, Candidate cand, List<Mention> mentions, Context ctx,
                                       List<DiscourseEvent> events) {
        if ("NO_TARGET".equals(cand.rejection) && cand.act == SpeechAct.PLEDGE) {
            // "Marcos asked Japan for more coast guard vessels. Kishida responded that Japan would provide additional patrol
            // ships": what the one asked undertakes, naming no one, answers the request
            DiscourseEvent asked = null;
            List<DiscourseEvent> earlier = new ArrayList<>(ctx.previous());
            earlier.addAll(events);
            for (DiscourseEvent e : earlier) {
                if (e.act() == SpeechAct.REQUEST && e.target() != null && e.target().country().equals(cand.source.country())) asked = e;
            }
            if (asked != null) {
                cand.rejection = null;
                cand.target = asked.source();
                cand.path.append(" target:requester");
                return;
            }
        }
        if ("NO_TARGET".equals(cand.rejection) && cand.act != SpeechAct.PLEDGE && cand.act != SpeechAct.REQUEST && cand.act != SpeechAct.DECLINE) {
            // "Sánchez announced that Spain would set aside €1 billion for Kyiv, and Zelensky hailed the decision"
            Optional<Actor> doer = namedDeedDoer(a, s, c, cand, mentions);
            if (doer.isPresent()) {
                cand.rejection = null;
                cand.target = doer.get();
                cand.path.append(" target:deed-doer");
                return;
            }
            // "Georgia's parliament passed the bill. Miller said Washington was deeply disappointed by the vote": a deed
            // taken up from the sentence before is its subject's
            if (ctx.priorDoer() != null && !cand.isSource(ctx.priorDoer().country()) && judgesTakenUpDeed(s, c)) {
                cand.rejection = null;
                cand.target = ctx.priorDoer();
                cand.path.append(" target:prior-doer");
                return;
            }
        }
        if ("NO_TARGET".equals(cand.rejection) && cand.act.polarity() < 0) {
            // "said it was regrettable that Pyongyang had fired missiles, and lodged a protest", "Iran condemned
            // Israel's strikes, and Qatar denounced the attack": a complaint naming no one is about the deed
            // the sentence's last complaint was aimed at
            DiscourseEvent prior = null;
            for (DiscourseEvent e : events) {
                if (e.target() != null && (e.act().polarity() < 0 || e.act() == SpeechAct.DECLINE) && !e.target().country().equals(cand.source.country())) prior = e;
            }
            Optional<Actor> summarized = summarizedDoer(a, s, c, cand, mentions);
            DiscourseEvent author = judgedWords(s, c) ? lastSpeakerOtherThan(cand, ctx, events) : null;
            if (author != null) {
                // "Katz posted a video mocking Spain, and Albares called the post scandalous": words judged are their author's
                cand.rejection = null;
                cand.target = author.source();
                cand.path.append(" target:author-of-words");
            } else if (summarized.isPresent()) {
                cand.rejection = null;
                cand.target = summarized.get();
                cand.path.append(" target:summarized-deed");
            } else if (prior != null) {
                cand.rejection = null;
                cand.target = prior.target();
                cand.path.append(" target:prior-complaint");
            } else {
                // "expressed solidarity with Qatar after the Israeli strike in Doha and condemned the attack":
                // the doer of the assault named before it
                Optional<Actor> doer = priorAssailant(a, s, c, cand, mentions);
                if (doer.isPresent()) {
                    cand.rejection = null;
                    cand.target = doer.get();
                    cand.path.append(" target:prior-assault");
                } else {
                    // "voiced frustration with Washington's decision ..., calling the measure unfair": the doer of the
                    // nearest deed before "the measure" a reproach takes up
                    doer = anaphoricDeedDoer(s, c, cand, mentions, a.date());
                    if (doer.isPresent()) cand.rejection = null;
                    doer.ifPresent(d -> cand.target = d);
                }
            }
        }
        if ("NO_TARGET".equals(cand.rejection) && cand.act.polarity() < 0 && cand.firstPerson && ctx.answerTurn() && takesUpDemonstratively(s, c)) {
            // "Q: President Trump said the United States will take back the canal. Your response? A: We reject what was said
            // in that speech": a reproach of words or a deed a question asked about is aimed at their author or doer
            askedTopicTarget(a, cand, ctx).ifPresent(t -> {
                cand.rejection = null;
                cand.target = t;
            });
        }
        if (cand.rejection == null && cand.act == SpeechAct.DECLINE && cand.target == null && (aboutWords(s, c) || answersNoPress(s, c))) {
            // "Seoul asked Beijing to remove the platform ...; the Chinese embassy declined to comment on the request":
            // silence on words is addressed to whoever last said them to the silent state, in this sentence or the one before;
            // so is a silence on nothing named ("Thailand asked Cambodia to pull its troops back; Phnom Penh has not
            // responded"), unless it is to a journalist's request for comment
            Optional<Actor> prior = lastAddresser(cand, ctx.previous(), events);
            if (prior.isPresent()) {
                cand.target = prior.get();
                cand.path.append(" target:prior-words");
            }
        }
        if (cand.rejection == null && cand.act == SpeechAct.DECLINE && cand.target == null && !ownTopic(s, c)) {
            askedTopicTarget(a, cand, ctx).ifPresent(t -> cand.target = t);
        }
        if (cand.rejection == null && cand.act == SpeechAct.DECLINE && cand.target == null) {
            // "sidestepped questions about Beijing's offer", "offered no comment on the latest statement from Pyongyang":
            // a silence on a deed or words is toward their author
            topicAuthor(a, s, c, cand, mentions).ifPresent(t -> {
                cand.target = t;
                cand.path.append(" target:topic-author");
            });
        }
        if (cand.rejection == null && cand.act == SpeechAct.DECLINE && cand.target == null && !cand.firstPerson && ctx.voice().isEmpty()
                && ctx.priorDoer() != null && !cand.isSource(ctx.priorDoer().country()) && !namesAnotherState(mentions, cand::isSource)
                && !onTopic(s, c)) {
            // "Algeria withdrew its ambassador from Paris, saying France had sided with Morocco. There was no comment from the
            // Élysée": in a news report, a silence naming no one answers the deed of the state the sentence before opened with
            // (not one on a topic: "declined to comment on the arrest warrant" is silence on a thing, its author unnamed)
            cand.target = ctx.priorDoer();
            cand.path.append(" target:prior-doer");
        }
        if ("NO_TARGET".equals(cand.rejection) && cand.act == SpeechAct.PLEDGE) {
            // "Poland signed an agreement with the United States under which Washington will supply 96 helicopters":
            // a term of a deal is undertaken toward the deal's other party
            Optional<Actor> party = dealParty(a, s, c, cand, mentions);
            if (party.isPresent()) {
                cand.rejection = null;
                cand.target = party.get();
                cand.path.append(" target:deal-party");
            }
        }
        if ("NO_TARGET".equals(cand.rejection) && cand.act == SpeechAct.PLEDGE && s.token(c).isVerb() && !ctx.answerTurn()
                && s.graph().children(c, "nsubj:pass").isEmpty()) {
            // "The Prime Minister spoke to President Zelensky this afternoon. He confirmed that the UK will provide a further
            // 100,000 drones": an undertaking naming no one, made in a conversation, is made to the other party (not a
            // standing commitment, "is committed to", nor what a briefer says of talks: on White House text requests and
            // those were mostly wrong)
            Meeting m = meetingBefore(s, c, mentions, a.date(), ctx);
            if (m != null) {
                String other = cand.isSource(m.partner().country()) ? m.host() : m.partner().country();
                boolean party = m.host() == null || cand.isSource(m.host()) || cand.isSource(m.partner().country());
                if (other != null && party && !cand.isSource(other)) {
                    cand.rejection = null;
                    cand.target = other.equals(m.partner().country()) ? m.partner() : Actor.government(other, Institution.GOV, Role.GOVERNMENT, model.actors().countryName(other));
                    cand.path.append(" target:meeting");
                }
            }
        }
        if (cand.rejection == null && cand.act == SpeechAct.DECLINE && cand.target == null && cand.firstPerson
                && !namesAnotherState(mentions, cand::isSource) && !(ctx.asked() != null && namesAnotherState(ctx.asked().mentions(), cand::isSource))) {
            // "I'm not going to get into the President's schedule": a spokesperson's refusal about nothing of another
            // state, in its sentence or the question it answers, is no act between states
            cand.reject("DOMESTIC", "a decline about no other state");
        }
    }

    /**
     * "Tehran blasts Britain over IAEA censure", "Canberra voices disappointment": in a headline (no closing
     * punctuation) the tagger takes the present-tense verb after the subject for a plural noun, and the parse goes
     * wrong from there; a plural noun right after the actor that opens the headline, with no verb before it, is
     * retagged as that verb.
     */
    private Sentence headlineVerb(Sentence s, List<Mention> mentions) {
        if (s.size() < 3 || !headline(s)) return s;
        Mention subject = null;
        for (Mention m : mentions) if (m.start() == 0 || m.start() == 1 && s.token(0).pos().equals("DT")) subject = m;
        if (subject == null || subject.end() >= s.size()) return s;
        Token t = s.token(subject.end());
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!t.pos().equals("NNS") || !w.endsWith("s") || w.endsWith("ss")) return s;
        for (int i = 0; i < subject.end(); i++) if (s.token(i).isVerb()) return s;
        return analyzer.retag(s, t.index(), "VBZ");
    }

    /** Whether cue c, or the verb it governs ("declined to comment on the warrant"), has a topic phrase (TOPIC). */
    private boolean onTopic(Sentence s, int c) {
        DependencyGraph g = s.graph();
        List<Integer> verbs = new ArrayList<>(List.of(c));
        for (Dependency d : g.children(c, "xcomp")) verbs.add(d.dependent());
        for (int v : verbs) {
            if (g.children(v).stream().anyMatch(d -> (d.base().equals("obl") || d.base().equals("nmod")) && words(d.subtype(), WordClass.TOPIC))) return true;
        }
        return false;
    }

    /** Whether role noun n is a pair: "the two leaders", "both ministers", "the two sides". */
    private static boolean pair(Sentence s, int n) {
        return s.graph().children(n).stream().anyMatch(d -> d.base().equals("nummod") && s.token(d.dependent()).lowerLemma().equals("two")
                || (d.base().equals("det") || d.base().equals("det:predet")) && s.token(d.dependent()).lowerLemma().equals("both"));
    }

    /** The state of the place in the article's opening dateline ("SEOUL — "), or null (none, or no state's place). */
    private Actor datelineHome(Article article) {
        Optional<String> place = Dateline.place(article.text());
        if (place.isEmpty()) return null;
        for (Mention m : model.actors().mentions(org.avow.core.actors.ActorDictionary.nameSentence(place.get()))) {
            if (m.kind() == Mention.Kind.PLACE && m.country() != null && m.institution() != Institution.IO) return model.actors().government(m);
        }
        return null;
    }

    /** Whether the mentions name a state that is not {@code own}. */
    private static boolean namesAnotherState(List<Mention> mentions, Predicate<String> own) {
        return mentions.stream().anyMatch(m -> m.country() != null && !own.test(m.country()));
    }

    /**
     * "Q: Does the Department have a response to the Brazilian government's remarks? A: I'm going to decline to engage
     * on that.": an answer that declines, naming no one, is addressed to the state whose words the question was about
     * (a state possessing or qualifying a noun of words in it, other than the source's).
     */
    private Optional<Actor> askedAboutWords(Article a, Candidate cand, Context ctx) {
        if (ctx.asked() == null || ctx.asked().mentions().isEmpty()) return Optional.empty();
        Sentence q = ctx.asked().parsed();
        List<Mention> mentions = ctx.asked().mentions();
        DependencyGraph g = q.graph();
        for (int n = 0; n < q.size(); n++) {
            if (!q.token(n).isNoun() || !words(q.token(n).lowerLemma(), WordClass.UTTERANCE)) continue;
            for (Dependency d : g.children(n)) {
                String r = d.relation();
                if (!(r.equals("nmod:poss") || r.equals("amod") || r.equals("compound"))) continue;
                Optional<Actor> t = resolver.resolveTarget(q, d.dependent(), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                if (t.isPresent()) {
                    cand.path.append(" target:asked-about:").append(q.token(n).word());
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Q: Denmark summoned the U.S. chargé yesterday over the reports. What's your response? A: I'm not going to comment
     * on those reports.": an answer that declines, naming no one, is addressed to the state the question says did or
     * said something (its main clause's subject), when that is another state than the source's.
     */
    private Optional<Actor> askedAboutDoer(Article a, Candidate cand, Context ctx) {
        if (ctx.asked() == null || ctx.asked().mentions().isEmpty()) return Optional.empty();
        Sentence q = ctx.asked().parsed();
        DependencyGraph g = q.graph();
        List<Integer> clauses = new ArrayList<>();
        for (Dependency top : g.edges()) {
            if (top.governor() >= 0) continue;
            int root = top.dependent();
            clauses.add(root);
            // ("QUESTION: Denmark summoned ...", parsed with the label as the root)
            for (Dependency d : g.children(root)) if (d.base().equals("parataxis") || d.base().equals("dep") || d.base().equals("appos")) clauses.add(d.dependent());
        }
        for (int clause : clauses) {
            // (a deed or words: "Isn't Japan a great ally?" says nothing Japan did)
            if (!q.token(clause).isVerb()) continue;
            for (Dependency sub : g.children(clause, "nsubj")) {
                Optional<Actor> t = resolver.resolveTarget(q, sub.dependent(), ctx.asked().mentions(), a.date())
                        .filter(x -> !cand.isSource(x.country()));
                if (t.isPresent()) {
                    cand.path.append(" target:asked-doer:").append(q.token(sub.dependent()).word());
                    // ("Britain, France and Germany have triggered the snapback mechanism": each of the doers)
                    for (Dependency cj : g.children(sub.dependent(), "conj")) {
                        resolver.resolveTarget(q, cj.dependent(), ctx.asked().mentions(), a.date())
                                .filter(x -> !cand.isSource(x.country()) && distinctCountry(x, t.get(), cand.coTargets))
                                .ifPresent(cand.coTargets::add);
                    }
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The doer ("the Israeli strike", "Russia's attack", "the raid by Iran") of the last assault named
     * before token c that names one other than the source's state; empty if none.
     */
    /**
     * "South Africa accused Israel of genocide, a charge Israeli officials denounced", "Japan raised its defence
     * budget, a move Beijing condemned", "Orbán's talks in Moscow, a trip that Tusk criticized": a verb of complaint
     * whose clause follows a comma and a noun summing up what came before (or "which") judges that deed; its doer is
     * a state named as the possessor or modifier of the phrase before the comma, else the subject of the nearest
     * verb before it. Pronouns are not followed ("his inauguration, a message Beijing condemned" is Blinken's).
     */
    private Optional<Actor> summarizedDoer(Article a, Sentence s, int c, Candidate cand, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        if (!s.token(c).isVerb()) return Optional.empty();
        int subj = -1;
        for (Dependency d : g.children(c, "nsubj")) if (!d.relation().equals("nsubj:pass")) subj = d.dependent();
        if (subj < 0) return Optional.empty();
        int start = Collections.min(subtree(g, subj));
        int comma = start - 1;
        int nouns = 0;
        while (comma >= 0 && !s.token(comma).word().equals(",")) {
            Token t = s.token(comma);
            boolean relative = t.pos().equals("WDT") || t.lowerLemma().equals("that") || t.lowerLemma().equals("which");
            if (!(relative || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.isNoun() && !mentionAt(mentions, comma))) return Optional.empty();
            if (t.isNoun() || relative) nouns++;
            if (start - comma > 5) return Optional.empty();
            comma--;
        }
        if (comma < 1 || nouns == 0) return Optional.empty();
        // the phrase before the comma: its head noun and the nouns it hangs on
        for (int n = comma - 1; n >= 0 && s.token(n).isNoun(); ) {
            for (Dependency d : g.children(n)) {
                String r = d.relation();
                if (!(r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) || !mentionAt(mentions, d.dependent())) continue;
                if (s.token(d.dependent()).pos().startsWith("PRP")) continue;
                Optional<Actor> t = resolver.resolve(s, d.dependent(), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                if (t.isPresent()) return t;
            }
            int up = -1;
            for (Dependency d : g.parents(n)) {
                if (d.governor() >= 0 && d.base().equals("nmod") && s.token(d.governor()).isNoun() && d.governor() < n) up = d.governor();
            }
            n = up;
        }
        for (int v = comma - 1; v >= 0; v--) {
            if (!s.token(v).isVerb()) continue;
            for (Dependency d : g.children(v, "nsubj")) {
                if (d.relation().equals("nsubj:pass") || d.dependent() > comma) continue;
                return resolver.resolveTarget(s, d.dependent(), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Sybiha assured Sikorski that Kyiv would not obstruct the exhumations, and Warsaw welcomed the commitment", "Macron
     * endorsed Morocco's plan; Algiers condemned the decision": a verb whose object is "the decision" (DEED) and names no
     * owner judges the deed of the nearest clause before it whose subject is a state other than the judge's.
     */
    private Optional<Actor> namedDeedDoer(Article a, Sentence s, int c, Candidate cand, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        if (!s.token(c).isVerb()) return Optional.empty();
        int deed = -1;
        for (Dependency o : g.children(c, "obj")) if (takenUpDeed(s, o.dependent())) deed = o.dependent();
        if (deed < 0) return Optional.empty();
        Set<Integer> own = new HashSet<>();
        for (Dependency d : g.children(c, "nsubj")) own.addAll(subtree(g, d.dependent()));
        for (int v = c - 1; v >= 0; v--) {
            if (!s.token(v).isVerb()) continue;
            for (Dependency d : g.children(v, "nsubj")) {
                if (own.contains(d.dependent()) || d.dependent() > c) continue;
                Optional<Actor> t = resolver.resolveTarget(s, resolvePronoun(s, d.dependent()), mentions, a.date())
                        .filter(x -> !cand.isSource(x.country()));
                if (t.isPresent()) return t;
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> priorAssailant(Article a, Sentence s, int c, Candidate cand, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        Optional<Actor> found = Optional.empty();
        for (int n = 0; n < c; n++) {
            if (!s.token(n).isNoun() || !words(s.token(n).lowerLemma(), WordClass.ASSAULT)) continue;
            for (Dependency d : g.children(n)) {
                String r = d.relation();
                if (!(r.equals("nmod:poss") || r.equals("amod") || r.equals("compound") || r.equals("nmod:by")) || !mentionAt(mentions, d.dependent())) continue;
                Optional<Actor> t = resolver.resolve(s, d.dependent(), mentions, a.date()).filter(x -> !cand.isSource(x.country()));
                if (t.isPresent()) found = t;
            }
        }
        return found;
    }

    /**
     * "the security assistance that we, as well as others, provide to Ukraine", "our own calculus for what we decide to
     * provide": a present-tense giving verb in a relative clause (or under one, through a verb of deciding) describes what
     * is given, and undertakes nothing; not the terms of a deal ("an agreement under which Washington will supply") nor a
     * past or future undertaking ("the aid Japan pledged", "the tanks that Berlin will send"). The relative noun, or null.
     */
    private String describedProvision(Sentence s, int c) {
        DependencyGraph g = s.graph();
        int v = c;
        for (Dependency d : g.parents(c)) {
            if (d.governor() >= 0 && d.base().equals("xcomp") && words(s.token(d.governor()).lowerLemma(), WordClass.DECIDING)) v = d.governor();
        }
        String pos = s.token(v).pos();
        if (!(pos.equals("VBP") || pos.equals("VBZ"))) return null;
        if (g.children(v, "aux").size() > 0 || g.children(c, "aux").size() > 0) return null;
        for (Dependency d : g.parents(v)) {
            // (a free relative hung on a noun with its preposition: "calculus for what we decide to provide")
            boolean free = d.base().equals("acl") && g.children(v).stream().anyMatch(x -> s.token(x.dependent()).pos().startsWith("W"));
            if (d.governor() < 0 || !(d.relation().equals("acl:relcl") || free)) continue;
            int noun = d.governor();
            if (words(s.token(noun).lowerLemma(), WordClass.DEAL)) return null;
            return s.token(noun).word();
        }
        return null;
    }

    /**
     * The other party of the deal whose term verb c states in a relative clause ("signed an agreement with the United
     * States under which Washington will supply"): the subject of the verb that made the deal, or its "with" party,
     * whichever is not the source; empty if c is no term of a deal before it.
     */
    private Optional<Actor> dealParty(Article a, Sentence s, int c, Candidate cand, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        boolean relative = g.parents(c).stream().anyMatch(d -> d.base().equals("acl") || d.base().equals("acl:relcl"))
                || g.children(c).stream().anyMatch(d -> g.children(d.dependent(), "ref").size() > 0 || s.token(d.dependent()).pos().equals("WDT"))
                || IntStream.range(0, c).anyMatch(i -> s.token(i).pos().equals("WDT"));
        if (!relative) return Optional.empty();
        int deal = dealTerm(s, c);
        for (int n = c - 1; deal < 0 && n >= 0; n--) if (s.token(n).isNoun() && words(s.token(n).lowerLemma(), WordClass.DEAL)) deal = n;
        if (deal < 0) return Optional.empty();
        List<Integer> parties = new ArrayList<>();
        for (Dependency d : g.parents(deal)) {
            if (d.governor() >= 0 && d.base().equals("obj")) for (Dependency x : g.children(d.governor(), "nsubj")) parties.add(x.dependent());
        }
        for (Dependency d : g.children(deal)) if (d.subtype().equals("with")) parties.add(d.dependent());
        for (int p : parties) {
            Optional<Actor> t = resolver.resolveTarget(s, p, mentions, a.date()).filter(x -> !cand.isSource(x.country()));
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    /** Whether an adjective or noun cue c judges "the"/"this"/"that" words (UTTERANCE): "called the post scandalous". */
    private boolean judgedWords(Sentence s, int c) {
        DependencyGraph g = s.graph();
        List<Integer> judged = new ArrayList<>();
        for (Dependency d : g.children(c)) if (d.base().equals("nsubj")) judged.add(d.dependent());
        for (Dependency d : g.parents(c)) if (d.governor() >= 0 && d.base().equals("amod")) judged.add(d.governor());
        for (int n : judged) {
            if (!s.token(n).isNoun() || !words(s.token(n).lowerLemma(), WordClass.UTTERANCE) || !g.children(n, "nmod:poss").isEmpty()) continue;
            if (definite(s, n)) return true;
        }
        return false;
    }

    /** Whether noun n has a definite determiner: words or deeds already known ("the request", "this claim", "that post"). */
    private static boolean definite(Sentence s, int n) {
        return s.graph().children(n, "det").stream().anyMatch(d -> DEFINITE.contains(s.token(d.dependent()).lowerLemma()));
    }

    /** Who last addressed the candidate's state with an act other than a silence, in the lists in order (sentence before, then this one). */
    private static Optional<Actor> lastAddresser(Candidate cand, List<DiscourseEvent> before, List<DiscourseEvent> here) {
        Optional<Actor> last = Optional.empty();
        for (List<DiscourseEvent> earlier : List.of(before, here)) {
            for (DiscourseEvent e : earlier) {
                if (e.target() != null && cand.isSource(e.target().country()) && !cand.isSource(e.source().country())
                        && e.act() != SpeechAct.DECLINE) last = Optional.of(e.source());
            }
        }
        return last;
    }

    /** The last event, in this sentence or the one before, whose source is of another state than the candidate's; else null. */
    private static DiscourseEvent lastSpeakerOtherThan(Candidate cand, Context ctx, List<DiscourseEvent> events) {
        DiscourseEvent last = null;
        for (List<DiscourseEvent> earlier : List.of(ctx.previous(), events)) {
            for (DiscourseEvent e : earlier) if (!cand.isSource(e.source().country())) last = e;
        }
        return last;
    }

    /**
     * Whether a decline at cue c names nothing it is about and is no answer to the press ("had not responded",
     * "offered no response"; not "no comment", "declined to comment", "did not respond to requests for comment").
     */
    private boolean answersNoPress(Sentence s, int c) {
        DependencyGraph g = s.graph();
        Set<Integer> subject = new HashSet<>();
        for (Dependency d : g.children(c)) if (d.base().equals("nsubj")) subject.addAll(subtree(g, d.dependent()));
        for (int n : subtree(g, c)) {
            if (subject.contains(n)) continue;
            // ("declined to comment", "no comment": the press's question answered)
            if (words(s.token(n).lowerLemma(), WordClass.PRESS_QUERY)) return false;
            if (n != c && s.token(n).isNoun()) return false;
        }
        return true;
    }

    /** Whether the controller of clause x (its "xsubj") is a deed of a party that is no state: "the Israelis' decision". */
    private boolean deedOfNonState(Sentence s, int x, List<Mention> mentions) {
        for (Dependency d : s.graph().children(x, "nsubj")) {
            if (!d.relation().equals("nsubj:xsubj")) continue;
            int n = d.dependent();
            if (s.token(n).isNoun() && !mentionAt(mentions, n) && nonStateDoer(s, n, mentions)) return true;
        }
        return false;
    }

    /** Whether noun n names its doer ("by the IMF board", "the Israelis'") with a noun that is no actor. */
    private boolean nonStateDoer(Sentence s, int n, List<Mention> mentions) {
        for (Dependency d : s.graph().children(n)) {
            if (!(d.relation().equals("nmod:by") || d.relation().equals("nmod:poss"))) continue;
            int doer = d.dependent();
            if (!s.token(doer).isNoun() || mentionAt(mentions, doer)) continue;
            if (s.graph().children(doer).stream().anyMatch(m -> mentionAt(mentions, m.dependent()))) continue;
            return true;
        }
        return false;
    }

    /**
     * "PRC support for Russia's defense industrial base is enabling its war", "a threat environment that features
     * China's support for Russia": a noun of support that also names material help (MATERIAL), owned by a state named
     * in its own words and hung on a verb that neither voices, restates, makes nor keeps it, describes help given, not
     * words said; why, or null when it may be voiced ("reaffirmed Japan's support", "Japan's support remains firm").
     */
    private String givenNotVoiced(Sentence s, int c, List<Mention> mentions) {
        if (!words(s.token(c).lowerLemma(), WordClass.MATERIAL)) return null;
        DependencyGraph g = s.graph();
        boolean owned = false;
        for (Dependency d : g.children(c)) {
            if ((d.relation().equals("nmod:poss") || d.base().equals("amod") || d.base().equals("compound"))
                    && mentionAt(mentions, d.dependent()) && !s.token(d.dependent()).pos().startsWith("PRP")) owned = true;
        }
        if (!owned) return null;
        int n = c;
        for (Dependency d : g.parents(n)) if (d.governor() >= 0 && d.base().equals("conj") && s.token(d.governor()).isNoun()) n = d.governor();
        for (Dependency d : g.parents(n)) {
            if (d.governor() < 0 || !(d.base().equals("obj") || d.base().equals("nsubj"))) continue;
            Token v = s.token(d.governor());
            if (!v.isVerb()) return null;
            String l = v.lowerLemma();
            if (words(l, WordClass.SPEAKING) || words(l, WordClass.RESTATING) || words(l, WordClass.MAKING) || words(l, WordClass.REMAINING)
                    || words(l, WordClass.REPORTING) || !model.cues().cuesFor(v).isEmpty() || !g.children(d.governor(), "cop").isEmpty()) return null;
            // ("Britain's support for Ukraine is unwavering", parsed as a verb: a predicate with no object states the support)
            if (d.base().equals("nsubj") && g.children(d.governor()).stream().noneMatch(x -> x.base().equals("obj") || x.base().equals("xcomp")
                    || x.base().equals("ccomp"))) return null;
            return "help given, not voiced: " + s.token(c).word() + " " + d.base() + " of " + v.word();
        }
        return null;
    }

    /** Whether a decline at cue c is about words no one is named for: "the request", "the remarks", "the criticism". */
    private boolean aboutWords(Sentence s, int c) {
        DependencyGraph g = s.graph();
        for (int n : utterances(s, c)) {
            if (!g.children(n, "nmod:poss").isEmpty()) continue;
            if (definite(s, n)) return true;
        }
        return false;
    }

    /** The nouns of someone's words (UTTERANCE) below cue c, in token order. */
    private List<Integer> utterances(Sentence s, int c) {
        List<Integer> out = new ArrayList<>();
        for (int n : subtree(s.graph(), c)) {
            if (n != c && s.token(n).isNoun() && words(s.token(n).lowerLemma(), WordClass.UTTERANCE)) out.add(n);
        }
        out.sort(null);
        return out;
    }

    /**
     * The person whose words below cue c a pronoun or a bare role owns ("his remarks", "the president's
     * comments"): the person named last before it in the sentence, else the one named last in recent
     * sentences, if of another state than the source; when that person is the source's own, whoever of another
     * state last addressed the source's state in the sentence before.
     */
    private Optional<Actor> speakerOfWords(Sentence s, int c, Candidate cand, List<Mention> mentions, String recent,
                                           List<DiscourseEvent> previous, LocalDate date) {
        DependencyGraph g = s.graph();
        for (int n : utterances(s, c)) {
            for (Dependency p : g.children(n, "nmod:poss")) {
                int o = p.dependent();
                String w = s.token(o).word().toLowerCase(Locale.ROOT);
                if (!(w.equals("his") || w.equals("her") || bareRole(s, mentions, o))) continue;
                String person = recent;
                for (Mention m : mentions) if (m.kind() == Mention.Kind.PERSON && m.end() <= o) person = m.personId();
                if (person == null) return Optional.empty();
                Optional<Actor> t = model.actors().person(person, date, false).filter(x -> !cand.isSource(x.country()));
                if (t.isPresent()) {
                    cand.path.append(" target:speaker-of:").append(s.token(n).word());
                    cand.targetHead = o;
                    return t;
                }
                // "Trudeau accused Trump of seeking ... The White House did not respond to his remarks": the person named last
                // is the silent side's own; the words left unanswered are those of whoever last addressed it
                t = lastAddresser(cand, previous, List.of());
                if (t.isPresent()) {
                    cand.path.append(" target:prior-words");
                    cand.targetHead = o;
                }
                return t;
            }
        }
        return Optional.empty();
    }

    /** Whether a mention hangs on a word outside it by a preposition of place, time or topic ("efforts in Ethiopia"). */
    private boolean placed(Sentence s, Mention m) {
        for (int t = m.start(); t < m.end(); t++) {
            for (Dependency d : s.graph().parents(t)) {
                if (d.governor() >= 0 && !m.contains(d.governor()) && (d.base().equals("nmod") || d.base().equals("obl"))
                        && words(d.subtype(), WordClass.NOT_TARGET)) return true;
            }
        }
        return false;
    }

    /** Whether a mention only names or exemplifies a topic: {@link #naming} or {@link #example} on the word outside it. */
    private boolean namedOnly(Sentence s, Mention m, List<Mention> mentions) {
        for (int t = m.start(); t < m.end(); t++) {
            for (Dependency d : s.graph().parents(t)) {
                if (d.governor() >= 0 && !m.contains(d.governor()) && (naming(s, t, d.governor()) || example(s, t, d.governor(), mentions))) return true;
            }
        }
        return false;
    }

    /** Whether the way up from a state passes a deed done to it: it hangs on an assault by a VICTIM preposition ("of", "on"). */
    private boolean victim(Sentence s, List<Integer> path) {
        for (int n : path) {
            for (Dependency d : s.graph().parents(n)) {
                if (d.governor() < 0 || !d.base().equals("nmod") || !words(s.token(d.governor()).lowerLemma(), WordClass.ASSAULT)) continue;
                if (words(d.subtype(), WordClass.VICTIM)) return true;
            }
        }
        return false;
    }

    /** The tokens from n up to the cue c along the breadth-first search's edges (n first, c excluded). */
    private static List<Integer> pathUp(Map<Integer, Integer> via, int n, int c) {
        List<Integer> path = new ArrayList<>();
        for (Integer cur = n; cur != null && cur != c && path.size() < 12; cur = via.get(cur)) path.add(cur);
        return path;
    }

    /**
     * Whether a state reached from a word of thanks at the end of path benefits from what is thanked
     * rather than being thanked: the way down passes a clause ("those who provide aid to Ukraine", "for
     * standing strong against Russia") or the "for"/"to" phrase of a noun below the cue ("the support for Taiwan").
     */
    private static boolean beneficiary(Sentence s, int c, List<Integer> path) {
        DependencyGraph g = s.graph();
        for (int i = 0; i < path.size(); i++) {
            int child = path.get(i);
            int parent = i + 1 < path.size() ? path.get(i + 1) : c;
            for (Dependency d : g.between(parent, child)) {
                String b = d.base();
                // ("commends the role played by the State of Qatar": a deed's doer is the one thanked)
                int below = i > 0 ? path.get(i - 1) : -1;
                boolean doer = b.equals("acl") && below >= 0 && g.between(child, below).stream()
                        .anyMatch(x -> x.subtype().equals("agent") || x.subtype().equals("by"));
                if ((b.equals("acl") || b.equals("advcl") || b.equals("ccomp") || b.equals("xcomp")) && !doer) return true;
                if (parent != c && s.token(parent).isNoun() && (d.relation().equals("nmod:for") || d.relation().equals("nmod:to"))) return true;
            }
        }
        return false;
    }

    /**
     * Whether the way from the cue down to a state runs through a hostile aim: a word of the class
     * ("impose", "pressure", "confront", "limit", "accountable"), a verb's object of the class
     * ("increase pressure on"), or a preposition of the class ("measures against").
     */
    private boolean hostile(Sentence s, List<Integer> path) {
        DependencyGraph g = s.graph();
        for (int n : path) {
            // "agreed to lift its visa ban on Nigerian travellers", "pledged to drop the complaint over Japanese export
            // controls": a measure lifted is a concession to the state it was aimed at, not an aim against it
            if (words(s.token(n).lowerLemma(), WordClass.HOSTILE) && g.parents(n).stream().anyMatch(d -> d.governor() >= 0
                    && d.base().equals("obj") && words(s.token(d.governor()).lowerLemma(), WordClass.REVERSING))) return false;
        }
        for (int i = 0; i < path.size(); i++) {
            int n = path.get(i);
            if (hostilePreposition(s, List.of(n))) return true;
            if (i == 0) {
                if (deniedAfterVerb(s, n)) return true;
                continue;
            }
            // "support talks to end the Sudanese civil war": a state below a war or an attack is its party or victim
            // (and "a two-state solution to the Israeli-Palestinian conflict": a party to fighting with no doer of its own)
            if ((words(s.token(n).lowerLemma(), WordClass.ASSAULT) || words(s.token(n).lowerLemma(), WordClass.CONFLICT))
                    && !doer(g, n, path.get(i - 1))) return true;
            // "resolve to respond to Putin's attack", "aid to help those suffering from Russia's aggression": the doer
            // of a deed that a clause answers or suffers is its adversary ("support for Russia's war" backs the doer)
            if (words(s.token(n).lowerLemma(), WordClass.ASSAULT) && path.subList(i + 1, path.size()).stream().anyMatch(v -> s.token(v).isVerb())) return true;
            // "$230 million in aid since Russia's invasion": a war that only dates or places the act, doer or not
            if (words(s.token(n).lowerLemma(), WordClass.ASSAULT) && g.parents(n).stream()
                    .anyMatch(d -> (d.base().equals("nmod") || d.base().equals("obl")) && words(d.subtype(), WordClass.NOT_TARGET))) return true;
            // "will never allow Iran to obtain a nuclear weapon", "would not let Russia win", "ensuring Iran never acquires one"
            boolean negated = negatedVerb(s, n);
            if (negated && words(s.token(n).lowerLemma(), WordClass.PERMITTING)) return true;
            int below = path.get(i - 1);
            if (negated && words(s.token(n).lowerLemma(), WordClass.ACQUIRING) && g.between(n, below).stream().anyMatch(d -> d.base().equals("nsubj"))) return true;
            // "help the Philippines counter coercion": the one who counters is no target of it
            boolean subject = g.between(n, path.get(i - 1)).stream().anyMatch(d -> d.base().equals("nsubj"));
            // ("hold Putin accountable": an adjective's subject is the one it is aimed at)
            // (but "keep Russia's assets immobilized": a participle's subject with no "have" is the one it is done to)
            boolean undergoes = s.token(n).pos().equals("VBN") && g.children(n).stream()
                    .noneMatch(d -> d.base().equals("aux") && s.token(d.dependent()).lowerLemma().equals("have"));
            if (subject && s.token(n).isVerb() && !undergoes) continue;
            if (words(s.token(n).lowerLemma(), WordClass.HOSTILE)) return true;
            for (Dependency d : g.children(n)) {
                // "increase pressure on", and a hostile compound ("a sanctions package", "ban imports" read as a noun compound)
                // (and "countering Iran's threats" parsed with the gerund as an adjective; "keep Russia's assets
                // immobilized" with the participle as the verb's complement)
                boolean modifier = d.base().equals("obj") || d.base().equals("compound") || d.base().equals("amod")
                        || d.base().equals("xcomp") && (s.token(d.dependent()).pos().equals("VBN") || s.token(d.dependent()).pos().startsWith("JJ"));
                if (modifier && words(s.token(d.dependent()).lowerLemma(), WordClass.HOSTILE)) return true;
                // "address the unlawful nuclear programs of the DPRK": what a reproachful epithet qualifies is opposed
                if (d.base().equals("amod") && model.cues().cuesFor(s.token(d.dependent())).stream()
                        .anyMatch(x -> x.pos() == Cue.PartOfSpeech.ADJ && x.act() == SpeechAct.REBUKE)) return true;
            }
        }
        return false;
    }

    /**
     * Whether participle c, parsed as a verb, is an adjective before the common noun it was given as object ("valued
     * defense partners"): the noun follows with no determiner, and the participle has no other complement ("was
     * regrettable and called on the Algerian authorities", "and asked Washington to address" are verbs).
     */
    private static boolean prenominal(Sentence s, int c) {
        DependencyGraph g = s.graph();
        for (Dependency x : g.children(c)) {
            String b = x.base();
            if (b.equals("xcomp") || b.equals("ccomp") || b.equals("obl") || b.equals("iobj") || x.relation().equals("compound:prt")) return false;
        }
        return g.children(c, "obj").stream().anyMatch(o -> o.dependent() > c && s.token(o.dependent()).pos().startsWith("NN")
                && !s.token(o.dependent()).pos().startsWith("NNP") && !g.hasChild(o.dependent(), "det") && !g.hasChild(o.dependent(), "nmod:poss"));
    }

    /**
     * Whether state n is the "with" party of a noun of talks: hung on it, or (the parser attaching the phrase higher up)
     * right after it ("commitment to diplomacy with the DPRK"). (Talks "between" two states are theirs: "welcomed the
     * resumption of talks between Turkey and Greece" welcomes both.)
     */
    private boolean talksCounterpart(Sentence s, int n, Integer above) {
        if (above == null) return false;
        DependencyGraph g = s.graph();
        boolean party = g.between(above, n).stream().anyMatch(d -> d.relation().equals("nmod:with"));
        if (!party) return false;
        if (words(s.token(above).lowerLemma(), WordClass.TALKS)) return true;
        for (Dependency k : g.children(n, "case")) {
            int before = k.dependent() - 1;
            if (before >= 0 && before != above && s.token(before).isNoun() && words(s.token(before).lowerLemma(), WordClass.TALKS)) return true;
        }
        return false;
    }

    /**
     * Whether a decline names a topic of the speaker's own side ("I don't have anything about our intelligence ... to
     * convey", "not going to get into his thoughts", "I would refer you to my White House Counsel's Office"): what it
     * withholds is then its own, not the deed of the state a question asked about.
     */
    private boolean ownTopic(Sentence s, int c) {
        DependencyGraph g = s.graph();
        List<Integer> frontier = new ArrayList<>(List.of(c));
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int n : frontier) {
                for (Dependency d : g.children(n)) {
                    String b = d.base();
                    if (b.equals("nsubj") || b.equals("punct") || b.equals("parataxis")) continue;
                    // (not dealings with the other side: "our communications with them", "our contacts with the Ukrainian side",
                    // "the question of our response")
                    if (d.relation().equals("nmod:poss") && OWN_SIDE_POSSESSIVES.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))
                            && !relational(s, n)) return true;
                    next.add(d.dependent());
                }
            }
            frontier = next;
        }
        return false;
    }

    /** Whether noun n names dealings with another party: a word of talks or answering, or one with a "with" or "to" phrase. */
    private boolean relational(Sentence s, int n) {
        String lemma = s.token(n).lowerLemma();
        return words(lemma, WordClass.TALKS) || words(lemma, WordClass.RESPONDING) || words(lemma, WordClass.MEETING)
                || s.graph().children(n).stream().anyMatch(d -> d.relation().equals("nmod:with") || d.relation().equals("nmod:to"));
    }

    /** Acts that ask or reproach: what a promise to make one is for names no addressee of the promise. */
    private static boolean asking(SpeechAct act) {
        return act == SpeechAct.REQUEST || act == SpeechAct.REBUKE || act == SpeechAct.DISAPPOINT;
    }

    /** Whether the way from a cue down to a state runs through a verb of asking or reproach whose pattern holds ("agreed to press Russia"). */
    private boolean promisedAsking(Sentence s, List<Integer> path) {
        for (int i = 1; i < path.size(); i++) {
            int n = path.get(i);
            // (not the one asking: "endorsed multiple UN calls for ceasefires", parsed with "calls" as the UN's verb)
            int below = path.get(i - 1);
            if (s.graph().between(n, below).stream().anyMatch(d -> d.base().equals("nsubj"))) continue;
            if (s.token(n).isVerb() && model.cues().cuesFor(s.token(n)).stream()
                    .anyMatch(x -> asking(x.act()) && x.pos() == Cue.PartOfSpeech.VERB && constraintHolds(s, n, x))) return true;
        }
        return false;
    }

    private boolean negatedVerb(Sentence s, int v) {
        return s.graph().children(v).stream()
                .anyMatch(d -> (d.base().equals("advmod") || d.base().equals("neg")) && NEGATORS.contains(s.token(d.dependent()).lowerLemma()));
    }

    /**
     * "their commitment to ensuring Iran never acquires a nuclear weapon", "to ensure Iran can never acquire one", parsed
     * with the state as the adjective-modified noun or the object of the verb before it and the verb after it cut loose:
     * the state is the subject of the negated verb of acquiring or letting right after it.
     */
    private boolean deniedAfterVerb(Sentence s, int n) {
        DependencyGraph g = s.graph();
        if (n < 1 || !s.token(n - 1).isVerb() || g.between(n - 1, n).stream().noneMatch(d -> d.base().equals("obj"))
                && g.between(n, n - 1).stream().noneMatch(d -> d.base().equals("amod"))) return false;
        for (int v = n + 1; v <= Math.min(n + 3, s.size() - 1); v++) {
            if (!s.token(v).isVerb()) continue;
            return negatedVerb(s, v) && (words(s.token(v).lowerLemma(), WordClass.ACQUIRING) || words(s.token(v).lowerLemma(), WordClass.PERMITTING));
        }
        return false;
    }

    /** Whether token d names the doer of deed n: its possessor or its "by" phrase ("Russia's war", "the attack by Iran"). */
    private static boolean doer(DependencyGraph g, int n, int d) {
        for (Dependency x : g.children(n)) {
            if (x.dependent() == d && (x.relation().equals("nmod:poss") || x.relation().equals("nmod:by") || x.relation().equals("nmod:agent"))) return true;
        }
        return false;
    }

    /** Whether a token on the path hangs on its governor by a hostile preposition ("against"). */
    private boolean hostilePreposition(Sentence s, List<Integer> path) {
        for (int n : path) for (Dependency d : s.graph().parents(n)) if (words(d.subtype(), WordClass.HOSTILE)) return true;
        return false;
    }

    /** The first token on the path whose lemma is of the class, or -1. */
    private int onPath(Sentence s, List<Integer> path, WordClass c) {
        for (int n : path) if (words(s.token(n).lowerLemma(), c)) return n;
        return -1;
    }

    /**
     * "will ask NATO", "I'm going to ask": a request or rebuke announced for later is not yet made;
     * the auxiliary or governor that says so, or null.
     */
    private String announced(Sentence s, int c) {
        DependencyGraph g = s.graph();
        String own = futureAux(s, c);
        if (own != null) return own;
        // "will discuss a range of issues: our shared support to Ukraine", "will discuss the war, including
        // U.S. support for Ukraine": a topic listed below the object of talks to come
        if (s.token(c).isNoun()) {
            int cur = c;
            for (int depth = 0; depth < 5 && cur >= 0; depth++) {
                int up = -1;
                for (Dependency d : g.parents(cur)) {
                    if (d.governor() >= 0 && (d.base().equals("appos") || d.base().equals("conj") || d.base().equals("nmod") || d.base().equals("dep"))
                            && s.token(d.governor()).isNoun()) up = d.governor();
                }
                cur = up;
                if (cur < 0) break;
                // "will have an in-depth discussion on a range of issues, including ... support to Ukraine"
                boolean talk = words(s.token(cur).lowerLemma(), WordClass.SPEAKING);
                for (Dependency d : g.parents(cur)) {
                    if (d.governor() >= 0 && d.base().equals("obj") && (talk || words(s.token(d.governor()).lowerLemma(), WordClass.SPEAKING))) {
                        String aux = futureAux(s, d.governor());
                        if (aux != null) return aux + " " + s.token(d.governor()).word() + (talk ? " " + s.token(cur).word() : "");
                    }
                }
            }
        }
        for (Dependency d : g.parents(c)) {
            if (d.governor() < 0) continue;
            String governor = s.token(d.governor()).word();
            // "will discuss our commitment to Jordan": an act named as the topic of talks to come; "will travel
            // to the region to emphasize our commitment to Israel": restated on a trip to come
            boolean told = words(s.token(d.governor()).lowerLemma(), WordClass.SPEAKING) || words(s.token(d.governor()).lowerLemma(), WordClass.RESTATING);
            if (s.token(c).isNoun() && d.base().equals("obj") && told) {
                String aux = futureAux(s, d.governor());
                if (aux != null) return aux + " " + governor;
                String trip = purposeOfFuture(s, d.governor());
                if (trip != null) return trip + " to " + governor;
            }
            if (d.base().equals("xcomp") && words(s.token(d.governor()).lowerLemma(), WordClass.FUTURE)
                    && s.token(d.governor()).pos().equals("VBG")) return governor;
        }
        return purposeOfFuture(s, c);
    }

    /**
     * "that'll be a real opportunity to underscore our commitment to Ukraine", "we will send a clear message to Ukraine
     * that we stand by them": an act restated at an occasion still to come, or the content of a message still to be
     * sent; what announces it, or null.
     */
    private String previewed(Sentence s, int c) {
        DependencyGraph g = s.graph();
        // the cue and the verb of saying it hangs on, however the parser hung it ("to underscore our commitment to
        // Ukraine's sovereignty", parsed with the commitment below "sovereignty")
        List<Integer> heads = new ArrayList<>(List.of(c));
        int cur = c;
        for (int depth = 0; depth < 4; depth++) {
            Dependency edge = g.headEdge(cur);
            if (edge == null) break;
            int up = edge.governor();
            if (s.token(up).isVerb()) {
                if (words(s.token(up).lowerLemma(), WordClass.SPEAKING) || words(s.token(up).lowerLemma(), WordClass.RESTATING)) heads.add(up);
                break;
            }
            cur = up;
        }
        for (Dependency d : g.parents(c)) {
            // ("will send a clear message to Ukraine that we stand by them", parsed with the clause on the verb)
            if (d.governor() < 0 || !d.base().equals("ccomp") || !s.token(d.governor()).isVerb()) continue;
            boolean sendsMessage = g.children(d.governor(), "obj").stream().anyMatch(o -> words(s.token(o.dependent()).lowerLemma(), WordClass.MESSAGE));
            String aux = sendsMessage ? futureAux(s, d.governor()) : null;
            if (aux != null) return aux + " " + s.token(d.governor()).word();
        }
        for (int h : heads) {
            for (Dependency d : g.parents(h)) {
                if (d.governor() < 0 || !s.token(d.governor()).isNoun()) continue;
                Token noun = s.token(d.governor());
                // (the occasion: "an opportunity to underscore", the message: "a clear message ... that we stand by them")
                boolean occasion = (d.base().equals("acl") || d.base().equals("xcomp")) && words(noun.lowerLemma(), WordClass.OCCASION);
                boolean message = (d.base().equals("acl") || d.base().equals("ccomp")) && words(noun.lowerLemma(), WordClass.MESSAGE);
                if (!occasion && !message) continue;
                String aux = futureAux(s, d.governor());
                if (aux == null) {
                    for (Dependency up : g.parents(d.governor())) {
                        if (up.governor() >= 0 && (up.base().equals("obj") || up.base().equals("nsubj"))) aux = futureAux(s, up.governor());
                        if (aux != null) break;
                    }
                }
                // ("that'll be a real opportunity": the noun predicate's own auxiliary)
                if (aux == null) aux = ownFutureAux(s, d.governor());
                if (aux != null) return aux + " " + noun.word();
            }
        }
        return null;
    }

    /** "the President will travel to Tokyo to reaffirm": verb v as the purpose of a verb still to come ("will travel"), or null. */
    private String purposeOfFuture(Sentence s, int v) {
        DependencyGraph g = s.graph();
        boolean infinitive = g.children(v).stream().anyMatch(x -> x.dependent() < v && s.token(x.dependent()).lowerLemma().equals("to"));
        for (Dependency d : g.parents(v)) {
            if (d.governor() < 0 || !(d.relation().equals("advcl:to") || d.base().equals("xcomp") || d.base().equals("dep") && infinitive)) continue;
            String aux = futureAux(s, d.governor());
            if (aux != null) return aux + " " + s.token(d.governor()).word();
        }
        return null;
    }

    /** The future auxiliary of verb v ("will", "shall"), in reported speech too ("Tokyo will ask ..., a spokesman said"); null if none. */
    private String futureAux(Sentence s, int v) {
        DependencyGraph g = s.graph();
        String own = ownFutureAux(s, v);
        if (own != null) return own;
        if (!g.children(v, "aux").isEmpty() || !s.token(v).isVerb()) return null;
        for (Dependency d : g.parents(v)) {
            if (d.governor() < 0) continue;
            int h = d.governor();
            // "will underscore U.S. concerns and reaffirm our support": a conjoined verb of the same subject shares the auxiliary
            if (d.base().equals("conj") && h < v && s.token(h).isVerb() && sameSubjects(g, v, h)) return futureAux(s, h);
            // "will be able to reassure": the future of the adjective that governs the verb
            String governing = d.base().equals("xcomp") && words(s.token(h).lowerLemma(), WordClass.FUTURE) ? ownFutureAux(s, h) : null;
            if (governing != null) return governing + " be " + s.token(h).word();
        }
        return null;
    }

    /** The future auxiliary token v itself carries; null if none. */
    private String ownFutureAux(Sentence s, int v) {
        for (Dependency x : s.graph().children(v, "aux")) {
            if (words(s.token(x.dependent()).lowerLemma(), WordClass.FUTURE)) return s.token(x.dependent()).word();
        }
        return null;
    }

    /** Whether every subject of verb v is one of verb h's (a conjunct without a subject of its own). */
    private static boolean sameSubjects(DependencyGraph g, int v, int h) {
        for (Dependency x : g.children(v, "nsubj")) {
            if (g.children(h, "nsubj").stream().noneMatch(y -> y.dependent() == x.dependent())) return false;
        }
        return true;
    }

    /**
     * Whether token n, the object or "for" phrase of a verb of asking, is the thing asked for rather than the one
     * asked: no actor, no pronoun, and no clause of its own that it is to carry out ("called for NATO members to stop").
     */
    private boolean askedThing(Sentence s, int n, List<Mention> mentions, LocalDate date) {
        if (s.token(n).pos().startsWith("PRP") || resolver.resolve(s, n, mentions, date).isPresent()) return false;
        // "asked our partners in Washington to exclude Japan": those asked to act, not a thing asked for
        if (words(s.token(n).lowerLemma(), WordClass.COUNTERPART)) return false;
        for (Dependency d : s.graph().children(n)) {
            if (d.base().equals("acl") || d.base().equals("xcomp") || d.base().equals("ccomp")) return false;
        }
        return true;
    }

    private boolean allowedTargetEdge(Sentence s, Dependency d, Cue cue, boolean fromCue) {
        String b = d.base();
        // "take in migrants from Senegal", parsed with the "from" phrase on the verb: the origin of people, no addressee
        if (d.relation().equals("obl:from") && s.graph().children(d.governor(), "obj").stream()
                .anyMatch(o -> model.nonState().find(single(s, o.dependent())).isPresent())) return false;
        // "refrained from commenting on Tokyo's decision": what a decline holds back
        if (fromCue && cue.act() == SpeechAct.DECLINE && b.equals("advcl")) return true;
        // "very disappointed in the Russian leader": whom a feeling is about
        if (fromCue && cue.act() == SpeechAct.DISAPPOINT && d.relation().equals("obl:in")) return true;
        // "called on the government to halt", parsed as a purpose clause: whom it asks to act
        if (fromCue && cue.act() == SpeechAct.REQUEST && d.relation().equals("advcl:to")) return true;
        // "we commit to intensifying our support for Ukraine": what one commits to do
        if (fromCue && cue.act() == SpeechAct.PLEDGE && d.relation().equals("advcl:to")) return true;
        // "will provide €50 million in budget support to Tunisia", parsed with "in budget support" on the verb: what is pledged
        if (fromCue && cue.act() == SpeechAct.PLEDGE && d.relation().equals("obl:in") && words(s.token(d.dependent()).lowerLemma(), WordClass.AID)) return true;
        // "Japan will invest 5 trillion yen in India": what an investment goes to
        if (fromCue && cue.act() == SpeechAct.PLEDGE && d.relation().equals("obl:in") && words(s.token(d.governor()).lowerLemma(), WordClass.INVESTED)) return true;
        // "will fund a sports complex in the Solomon Islands": where what is paid for or placed stands receives it
        if (fromCue && cue.act() == SpeechAct.PLEDGE && d.relation().equals("obl:in") && s.token(d.governor()).isVerb()
                && words(s.token(d.governor()).lowerLemma(), WordClass.HOSTED)) return true;
        // "bristled at Manila's law": the preposition the cue asks for marks its argument, whatever it marks elsewhere
        if (fromCue && b.equals("obl") && cue.requirements().stream().anyMatch(r -> r.relation().equals("case") && r.lemmas().contains(d.subtype()))) return true;
        if (!TARGET_EDGES.contains(b)) return false;
        // "lodged a protest through the embassy in Beijing": the channel an act goes by is not whom it is aimed at
        if (fromCue && words(d.subtype(), WordClass.MEANS)) return false;
        if (b.equals("nsubj")) return !fromCue;      // a complement clause's subject, never the cue's own
        if (fromCue && cue.pos() == Cue.PartOfSpeech.NOUN) {
            String r = d.relation();
            // for a noun cue these name the source, not the target
            return !(r.equals("nmod:poss") || r.equals("nmod:from") || r.equals("nmod:by") || b.equals("compound") || b.equals("amod"));
        }
        // "lashed out at the exercises staged by South Korea": the agent of a participle on a deed is its doer
        if (!fromCue && (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) && s.graph().parents(d.governor()).stream().anyMatch(p -> p.base().equals("acl")
                && p.governor() >= 0 && s.token(p.governor()).isNoun())) return true;
        // place, time and topic adjuncts of a clause are not addressees; inside a noun phrase
        // ("$100 million in aid to Ukraine") the same prepositions lead on to one
        return !d.relation().equals("obl:agent") && !d.relation().equals("obl:tmod")
                && !(b.equals("obl") && words(d.subtype(), WordClass.NOT_TARGET)) && !d.subtype().equals("according_to");
    }

    /** The one-token sentence holding token i, for phrase-lexicon lookups of a single word. */
    private static Sentence single(Sentence s, int i) {
        return single(s.token(i));
    }

    private static Sentence single(Token t) {
        return new Sentence(0, t.begin(), t.end(), t.word(), List.of(new Token(0, t.word(), t.lemma(), t.pos(), t.begin(), t.end())), null);
    }

    /**
     * The state owning the object of the deed a pledge undertakes ("commit to address Cambodia's non-tariff barriers":
     * Cambodia), through the pledging verb's complement clause; null if none.
     */
    private static String ownedUndertaking(Sentence s, int c, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        List<Integer> deeds = new ArrayList<>();
        for (Dependency x : g.children(c)) if (x.base().equals("xcomp") || x.relation().equals("advcl:to")) deeds.add(x.dependent());
        for (int v : deeds) {
            for (Dependency o : g.children(v, "obj")) {
                for (Dependency p : g.children(o.dependent(), "nmod:poss")) {
                    for (Mention m : mentions) if (m.contains(p.dependent()) && m.kind() == Mention.Kind.PLACE) return m.country();
                }
            }
        }
        return null;
    }

    private static boolean mentionAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) if (m.contains(token)) return true;
        return false;
    }

    /**
     * The state a third-person possessive in the cue's complements stands for ("stand by its new government"): the
     * possessive within three allowed edges below the cue, and the last place named before it in the sentence, outside the
     * source's phrase, of a country other than the source's; empty when the pronoun has no such antecedent.
     */
    private Optional<Actor> possessiveAntecedent(Sentence s, int c, Cue cue, Candidate cand, Set<Integer> exclude, List<Mention> mentions) {
        DependencyGraph g = s.graph();
        Deque<int[]> todo = new ArrayDeque<>(List.of(new int[]{c, 0}));
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            if (!seen.add(cur[0]) || cur[1] > 3) continue;
            for (Dependency d : g.children(cur[0])) {
                if (exclude.contains(d.dependent())) continue;
                if (d.relation().equals("nmod:poss") && cur[0] != c
                        && THIRD_PERSON_POSSESSIVE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    Mention before = null;
                    for (Mention m : mentions) {
                        if (m.kind() != Mention.Kind.PLACE || m.end() > d.dependent() || exclude.contains(m.start())) continue;
                        if (cand.sourceToken >= 0 && ActorResolver.phrase(g, cand.sourceToken).contains(m.start())) continue;
                        // ("attacks launched from Belarusian territory": a country's adjective names no antecedent)
                        if (adjectival(g, m)) continue;
                        before = cand.isSource(m.country()) ? before : m;
                    }
                    if (before != null) {
                        cand.path.append(" target:possessive-antecedent:").append(before.text());
                        cand.targetHead = before.start();
                        return Optional.of(model.actors().government(before));
                    }
                    return Optional.empty();
                }
                if (allowedTargetEdge(s, d, cue, cur[0] == c) || d.base().equals("conj")) todo.add(new int[]{d.dependent(), cur[1] + 1});
            }
        }
        return Optional.empty();
    }

    /**
     * The doer of the deed a definite noun judged by the cue takes up ("calling the measure unfair" after "Washington's
     * decision to ..."): when what the cue (or the verb of calling that takes its adjective) judges is "the", "this" or
     * "that" noun naming no one, the nearest deed before the cue that names a doer other than the source, either a noun
     * with a state's possessive or adjective, or a verb with a state as its subject (not a verb of saying or calling, and
     * not a reproach: those judge deeds, they are none); empty when there is none.
     */
    private Optional<Actor> anaphoricDeedDoer(Sentence s, int c, Candidate cand, List<Mention> mentions, LocalDate date) {
        DependencyGraph g = s.graph();
        int judged = -1;
        for (Dependency o : g.children(c, "obj")) judged = o.dependent();
        if (judged < 0 && s.token(c).isAdjective()) judged = calledAdjective(s, c);
        if (judged < 0 && s.token(c).isAdjective()) {
            for (Dependency d : g.parents(c)) {
                if (d.governor() >= 0 && d.base().equals("xcomp") && words(s.token(d.governor()).lowerLemma(), WordClass.CALLING)) {
                    for (Dependency o : g.children(d.governor(), "obj")) judged = o.dependent();
                }
            }
        }
        if (judged < 0 || !s.token(judged).isNoun() || g.children(judged, "det").stream()
                .noneMatch(d -> DEFINITE.contains(s.token(d.dependent()).lowerLemma()))) return Optional.empty();
        for (int t : ActorResolver.phrase(g, judged)) if (mentionAt(mentions, t)) return Optional.empty();
        for (int i = Math.min(c, judged) - 1; i >= 0; i--) {
            if (mentionAt(mentions, i)) continue;
            Token w = s.token(i);
            List<Dependency> doers = new ArrayList<>();
            if (w.isVerb() && !talking(w.lowerLemma()) && !words(w.lowerLemma(), WordClass.CALLING)
                    && actsAt(s, i).stream().noneMatch(x -> x.act().polarity() < 0)) {
                for (Dependency d : g.children(i, "nsubj")) if (!d.relation().equals("nsubj:pass")) doers.add(d);
            } else if (w.isNoun() && g.parents(i).stream().noneMatch(d -> d.base().equals("obj") && d.governor() >= 0 && s.token(d.governor()).isVerb()
                    && g.children(d.governor(), "nsubj").stream().anyMatch(x -> resolver.resolveTarget(s, x.dependent(), mentions, date).isPresent()))) {
                // (not the object of a verb a state did: "Swedish police stormed a Norwegian fishing boat" names the deed's
                // victim, its doer is the verb's subject; "it had tracked Chinese military aircraft" names the doer)
                for (Dependency d : g.children(i)) if (d.relation().equals("nmod:poss") || d.base().equals("amod")) doers.add(d);
            }
            for (Dependency d : doers) {
                if (!mentionAt(mentions, d.dependent()) && !w.isVerb()) continue;
                Optional<Actor> doer = resolver.resolveTarget(s, d.dependent(), mentions, date).filter(x -> !cand.isSource(x.country()));
                if (doer.isPresent()) {
                    cand.path.append(" target:deed-taken-up:").append(w.word());
                    cand.targetHead = d.dependent();
                    return doer;
                }
            }
        }
        return Optional.empty();
    }

    /** Last resort: the only other state named anywhere in the sentence ("a rebuke ... Sino-Japanese"). */
    /**
     * Whether mention m is conjoined with a mention of the source's state ("Mexico and the United States are taking
     * measures", "signed by Tsahkna, Braže and Landsbergis"; not "the friendship between Mexico and the United States").
     */
    private static boolean joinedToSource(Sentence s, Mention m, Candidate cand, List<Mention> mentions) {
        int at = m.end() - 1;
        if (s.graph().parents(at).stream().anyMatch(d -> d.subtype().equals("between"))) return false;
        List<Integer> others = new ArrayList<>();
        for (Dependency d : s.graph().parents(at)) if (d.governor() >= 0 && d.base().equals("conj")) others.add(d.governor());
        for (Dependency d : s.graph().children(at)) if (d.base().equals("conj")) others.add(d.dependent());
        for (int o : others) {
            for (Mention x : mentions) if (x.start() <= o && o < x.end() && x.country() != null && cand.isSource(x.country())) return true;
        }
        return false;
    }

    private Optional<Actor> sentenceContextTarget(Sentence s, Candidate cand, Set<Integer> exclude,
                                                  List<Mention> mentions, LocalDate date) {
        String country = null;
        Mention pick = null;
        Set<Integer> attribution = new HashSet<>();
        for (Dependency d : s.graph().edges()) {
            if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
                attribution.addAll(ActorResolver.phrase(s.graph(), d.dependent()));
            }
            // "lodged a protest through the embassy in Helsinki": the channel an act goes by
            if (words(d.subtype(), WordClass.MEANS)) attribution.addAll(subtree(s.graph(), d.dependent()));
        }
        // "support for human rights in Bahrain": where supported work happens is no addressee
        boolean positive = cand.act.polarity() > 0;
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.ROLE || exclude.contains(m.start()) || attribution.contains(m.start())) continue;
            if (cand.isSource(m.country())) continue;
            // ("Mexico and the United States are taking measures ... from unfair trade": a state joined to the source's is
            // its partner; White House audit 66)
            if (joinedToSource(s, m, cand, mentions)) continue;
            // "the grief of the Thai people", "the attack on Israel": people of a state, or a deed's victim
            if (ofPeople(s, m) || victim(s, IntStream.range(m.start(), m.end()).boxed().toList())) continue;
            // ("condemnation of the attacks conducted by Hamas ... against Israel": the one a deed is against, audit 70)
            if (cand.act.polarity() < 0 && hostilePreposition(s, IntStream.range(m.start(), m.end()).boxed().toList())) continue;
            // "the Paris Climate Accord": a place in a name
            int at = m.end() - 1;
            if (s.graph().parents(at).stream().anyMatch(d -> d.governor() >= 0 && naming(s, at, d.governor()))) continue;
            if (country != null && !country.equals(m.country())) return Optional.empty();
            country = m.country();
            if (pick == null && !(positive && (placed(s, m) || namedOnly(s, m, mentions)))) pick = m;
        }
        if (pick == null) return Optional.empty();
        cand.path.append(" target:sentence-context:").append(pick.text());
        cand.targetHead = pick.end() - 1;
        if (pick.kind() == Mention.Kind.PERSON) return model.actors().person(pick.personId(), date, pick.then());
        return Optional.of(model.actors().government(pick));
    }

    /**
     * Whether an adjectival judgement is of the deed of a doer it names that is no state ("to address unfair trade practices of
     * third parties" judges the third parties, not the state the sentence names; White House audit 65).
     */
    private boolean judgesAnotherDoer(Sentence s, int c, List<Mention> mentions) {
        if (!s.token(c).isAdjective()) return false;
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() < 0 || !d.base().equals("amod")) continue;
            for (Dependency o : s.graph().children(d.governor(), "nmod:of")) {
                if (!mentionAt(mentions, o.dependent()) && s.token(o.dependent()).isNoun()) return true;
            }
        }
        return false;
    }

    /**
     * Whether a positive nominal or adjectival act names its addressee as someone who is no state the dictionary knows: a
     * person's name ("grateful to Senator Coons for traveling to Ethiopia"), "you" ("We stand with you in solidarity"), or
     * states unnamed ("solidarity with our partners"); then no other state in the sentence is addressed (White House audits).
     */
    private boolean addressesSomeoneElse(Sentence s, int c, List<Mention> mentions) {
        if (model.cues().cuesFor(s.token(c)).stream().noneMatch(x -> x.act().polarity() > 0)) return false;
        List<Integer> addressed = new ArrayList<>();
        for (Dependency d : s.graph().children(c)) {
            if (d.relation().equals("obl:to") || d.relation().equals("obl:with") || d.relation().equals("nmod:to")
                    || d.relation().equals("nmod:with")) addressed.add(d.dependent());
        }
        for (int n : addressed) {
            if (mentionAt(mentions, n)) continue;
            String w = s.token(n).word().toLowerCase(Locale.ROOT);
            if (SPOKEN_TO.contains(w) || s.token(n).pos().startsWith("NNP")
                    || s.token(n).pos().equals("NNS") && words(s.token(n).lowerLemma(), WordClass.STATE_GROUP)) return true;
        }
        return false;
    }

    /** The cues token i is an act by: those whose lemma and part of speech fit and whose constraints hold ("spoke with" is no decline). */
    private List<Cue> actsAt(Sentence s, int i) {
        return model.cues().cuesFor(s.token(i)).stream().filter(x -> constraintHolds(s, i, x)).toList();
    }

    private boolean constraintHolds(Sentence s, int c, Cue cue) {
        for (Cue.Requirement r : cue.requirements()) if (!constraintHolds(s, c, cue, r)) return false;
        return true;
    }

    private boolean constraintHolds(Sentence s, int c, Cue cue, Cue.Requirement req) {
        return constraintHolds(s, c, cue, req, 0);
    }

    /** Verbs of being and having: what a directive modal on them asks is no act. */
    private static final Set<String> STATIVE = Set.of("be", "have", "remain", "stay");

    /** Governing verbs followed for an auxiliary or a negation, at most; enhanced graphs can loop (conj, xcomp). */
    private static final int GOVERNOR_REACH = 6;

    private boolean constraintHolds(Sentence s, int c, Cue cue, Cue.Requirement req, int reach) {
        if (reach > GOVERNOR_REACH) return false;
        DependencyGraph g = s.graph();
        String rel = req.relation();
        Set<String> lemmas = req.lemmas();
        // "head=lodge|make": the word the cue hangs on ("lodged stern representations")
        if (rel.equals("head")) {
            return g.parents(c).stream().anyMatch(d -> d.governor() >= 0 && lemmas.contains(s.token(d.governor()).lowerLemma()));
        }
        // "sub=add": a word two dependencies below at most, whatever the parser made of the phrase ("nothing further to add")
        if (rel.equals("sub")) {
            for (Dependency d : g.children(c)) {
                if (lemmas.contains(s.token(d.dependent()).lowerLemma())) return true;
                for (Dependency e : g.children(d.dependent())) if (lemmas.contains(s.token(e.dependent()).lowerLemma())) return true;
            }
            return false;
        }
        // "will continue to provide": the auxiliary of the verb the cue completes; "I'm not going to get into", "would not
        // like to go into": a negated verb of intent governing the cue negates it ("aux=go": the governing verb itself)
        if (rel.equals("aux") || rel.equals("neg")) {
            for (Dependency up : g.parents(c)) {
                if (up.governor() >= 0 && up.base().equals("xcomp") && s.token(up.governor()).isVerb()
                        && (rel.equals("aux") && lemmas.contains(s.token(up.governor()).lowerLemma()) || constraintHolds(s, up.governor(), cue, req, reach + 1))) return true;
                // "we have decided to provide drones": what a government has decided to do it undertakes, as with "will"
                if (rel.equals("aux") && lemmas.contains("will") && up.governor() >= 0 && up.base().equals("xcomp")
                        && words(s.token(up.governor()).lowerLemma(), WordClass.DECIDING)) return true;
            }
        }
        // "will deposit $3 billion with the central bank and finance oil imports": a verb conjoined to one with the
        // auxiliary, with none of its own, shares it
        // (a subject the enhanced graph copies from the first conjunct is no subject of its own)
        if (rel.equals("aux") && g.children(c, "aux").isEmpty()) {
            for (Dependency up : g.parents(c)) {
                if (up.governor() < 0 || !up.base().equals("conj") || !s.token(up.governor()).isVerb()) continue;
                Set<Integer> shared = new HashSet<>();
                for (Dependency sub : g.children(up.governor(), "nsubj")) shared.add(sub.dependent());
                boolean own = g.children(c, "nsubj").stream().anyMatch(sub -> !shared.contains(sub.dependent()));
                if (!own && constraintHolds(s, up.governor(), cue, req, reach + 1)) return true;
            }
            // ("will begin supplying gas to Syria", parsed with the participle as a loose dependent of the verb of starting)
            for (Dependency up : g.parents(c)) {
                if (up.governor() >= 0 && up.base().equals("dep") && s.token(c).pos().equals("VBG")
                        && words(s.token(up.governor()).lowerLemma(), WordClass.STARTING) && constraintHolds(s, up.governor(), cue, req, reach + 1)) return true;
            }
        }
        // "Japan to lend Ukraine $3 billion, Ishiba says": a headline's infinitive with a subject of its own is its future
        if (rel.equals("aux") && lemmas.contains("will") && headlineFuture(s, c)) return true;
        // "Israel signs deal to supply Germany with Arrow 3": what a deal signed is to do is undertaken
        if (rel.equals("aux") && lemmas.contains("will") && dealTerm(s, c) >= 0) return true;
        if (rel.equals("aux") && lemmas.contains("will") && (ownProgressive(s, c) || narratedProgressive(s, c))) return true;
        // "modal=must|should": the verb has that auxiliary after an active subject of its own ("said Caracas should publish
        // the tally sheets"; not "should Canberra request it", nor "it must be reversed")
        // (an act is demanded, not a state of being: "the Palestinian Authority should have a role"; nor a demand announced
        // for later: "I'll insist that every nation must spend 3%")
        if (rel.equals("modal")) {
            List<Dependency> subjects = g.children(c, "nsubj");
            if (subjects.isEmpty() || subjects.stream().anyMatch(d -> d.relation().equals("nsubj:pass"))) return false;
            if (STATIVE.contains(s.token(c).lowerLemma())) return false;
            for (Dependency up : g.parents(c)) {
                if (up.governor() >= 0 && up.base().equals("ccomp") && g.children(up.governor(), "aux").stream()
                        .anyMatch(a -> s.token(a.dependent()).lowerLemma().equals("will"))) return false;
            }
            return g.children(c, "aux").stream().anyMatch(d -> lemmas.contains(s.token(d.dependent()).lowerLemma())
                    && subjects.stream().allMatch(x -> x.dependent() < d.dependent()));
        }
        // "cop=*": a judgement predicated of something ("was a lie", "was an act of aggression")
        // (or an adjective the parser hung after the noun of what a verb of calling takes: "called Spain's refusal to
        // commit to the target terrible")
        if (rel.equals("cop")) return predicateHead(s, c) >= 0 || calledAdjective(s, c) >= 0;
        // "said=*": a deed someone reports another state doing to something ("the embassy saying Australia
        // was politicising trade"): a verb with an object in what a speaker said
        if (rel.equals("said")) {
            // (a noun or adjective: a judgement in what a speaker said of a clause whose subject did the deed: "said Baku's
            // blockade amounted to ethnic cleansing", "said Beijing's aggressive activities heightened tensions")
            if (!s.token(c).isVerb()) {
                int judged = judgedClause(s, c);
                return judged >= 0 && reportingSpeaker(s, judged, true) >= 0;
            }
            return reportingSpeaker(s, c, true) >= 0 && g.children(c).stream().anyMatch(d -> d.base().equals("obj") || d.base().equals("xcomp"));
        }
        // "calling out Russia for its war", "called off the talks": a verb with another particle is another verb
        if (rel.equals("case") && s.token(c).isVerb() && g.children(c, "compound:prt").stream()
                .anyMatch(d -> !lemmas.contains(s.token(d.dependent()).lowerLemma()))) return false;
        // "call on": the parser sometimes hangs the particle elsewhere; it still follows the verb
        if (rel.equals("case") && c + 1 < s.size() && lemmas.contains(s.token(c + 1).lowerLemma())
                && s.token(c + 1).pos().equals("IN")) return true;
        for (Dependency d : g.children(c)) {
            String lemma = s.token(d.dependent()).lowerLemma();
            String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            switch (rel) {
                case "neg" -> {
                    if ((d.base().equals("advmod") || d.base().equals("neg")) && NEGATORS.contains(lemma)) return true;
                }
                // "from=comment|say": a "from" phrase or clause headed by one of the lemmas ("refrained from commenting")
                case "from" -> {
                    if (d.subtype().equals("from") && (d.base().equals("obl") || d.base().equals("advcl") || d.base().equals("nmod"))
                            && lemmas.contains(lemma)) return true;
                }
                case "case" -> {
                    // (after the verb: "With the addition of Sweden today, NATO stands more united" fronts a circumstance)
                    if ((d.base().equals("obl") || d.base().equals("nmod")) && lemmas.contains(d.subtype()) && d.dependent() > c) return true;
                    // "called on Washington" is also parsed as a phrasal verb
                    if (d.relation().equals("compound:prt") && lemmas.contains(lemma)) return true;
                }
                default -> {
                    if (d.base().equals(rel) && (lemmas.contains("*")
                            || lemmas.contains(lemma) || lemmas.contains(word))) return true;
                    // "Tokyo said it would send": reported speech shifts a promised "will" to "would"
                    // (and "will continue to provide", "will help build": the auxiliary of the verb it completes)
                    if (d.base().equals("aux") && rel.equals("aux") && lemma.equals("would")
                            && lemmas.contains("will") && reportedClause(g, s, c)) return true;
                    // "announced $800 million in assistance": an amount's object is what it measures (also
                    // when the parser hangs the amount below a determiner: "an additional $800 million in")
                    if (d.base().equals("obj") && d.base().equals(rel) && measures(s, d.dependent(), lemmas, 3)) return true;
                }
            }
        }
        return false;
    }

    /** "summoned the ambassador to protest": the protest is what the summons did, one act. */
    private boolean purposeOfSameAct(Sentence s, int c, Cue cue) {
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() < 0 || !(d.base().equals("xcomp") || d.base().equals("advcl"))) continue;
            // ("asked Beijing to ensure their safety, while the Chinese side demanded ...": a clause with its own subject is its own act)
            if (d.base().equals("advcl") && !s.graph().children(c, "nsubj").isEmpty()) continue;
            for (Cue gc : model.cues().cuesFor(s.token(d.governor()))) {
                if (gc.act() == cue.act() && constraintHolds(s, d.governor(), gc)) return true;
                // ("will provide 200 million dollars to support PNG's internal security needs": the support is what is pledged)
                if (cue.act() == SpeechAct.AFFIRM && gc.act() == SpeechAct.PLEDGE && gc.pos() == Cue.PartOfSpeech.VERB
                        && s.token(c).isVerb() && constraintHolds(s, d.governor(), gc)) return true;
            }
        }
        return false;
    }

    /** "belief in America's commitments", "the level of support": a noun inside another noun is a reference, not an act. */
    private static boolean inActPosition(DependencyGraph g, int c) {
        for (Dependency d : g.parents(c)) if (ACT_NOUN_POSITIONS.contains(d.base())) return true;
        return false;
    }

    /**
     * The verb of standing a noun act is the state of ("stood in solidarity with Lithuania", "remains in
     * full support of"): an ASSURING verb governing it with "in"; -1 if none.
     */
    private int standingIn(Sentence s, int c) {
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() >= 0 && d.relation().equals("obl:in") && words(s.token(d.governor()).lowerLemma(), WordClass.ASSURING)) return d.governor();
        }
        return -1;
    }

    /** A plural noun counted as two: "both governments", "the two leaders", "both sides". */
    private boolean pairNoun(Sentence s, int n) {
        if (!s.token(n).pos().equals("NNS") && !s.token(n).pos().equals("NNPS")) return false;
        for (Dependency d : s.graph().children(n)) {
            boolean modifier = d.base().equals("det") || d.base().equals("nummod") || d.base().equals("amod");
            if (modifier && words(s.token(d.dependent()).lowerLemma(), WordClass.PAIR)) return true;
        }
        return false;
    }

    /** The two states named before token n as conjuncts of each other ("Saudi Arabia and Iran agreed ..."), else none. */
    private List<Actor> conjoinedBefore(Sentence s, int n, List<Mention> mentions, LocalDate date) {
        for (Mention m : mentions) {
            if (m.end() > n || m.kind() == Mention.Kind.ROLE) continue;
            for (Dependency d : s.graph().children(m.end() - 1, "conj")) {
                if (d.dependent() >= n || !mentionAt(mentions, d.dependent())) continue;
                Optional<Actor> x = resolver.resolve(s, m.end() - 1, mentions, date);
                Optional<Actor> y = resolver.resolve(s, d.dependent(), mentions, date);
                if (x.isPresent() && y.isPresent() && !x.get().country().equals(y.get().country())) return List.of(x.get(), y.get());
            }
        }
        return List.of();
    }

    /**
     * Makes the two states named before token {@code head} the candidate's source and co-source when the head counts
     * two ("both", "both governments", "the two leaders", "each country"): the two conjoined there when more are named.
     */
    private boolean pairSource(Sentence s, int head, List<Mention> mentions, LocalDate date, Candidate cand) {
        boolean pair = pairNoun(s, head) || eachOf(s, head) || words(s.token(head).lowerLemma(), WordClass.PAIR) && !s.token(head).pos().equals("CD");
        if (!pair) return false;
        List<Actor> two = namedBefore(s, head, mentions, date);
        if (two.size() > 2) two = conjoinedBefore(s, head, mentions, date);
        if (two.size() != 2) return false;
        cand.source = two.get(0);
        cand.coSources.add(two.get(1));
        cand.path.append(" source:pair");
        return true;
    }

    private static final Map<String, Integer> COUNTS = Map.of("three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);

    /** How many states a plural state noun counts ("the three countries", "the four governments"), else 0. */
    private int countedGroup(Sentence s, int n) {
        if (!s.token(n).pos().equals("NNS") || !words(s.token(n).lowerLemma(), WordClass.STATE_GROUP)) return 0;
        for (Dependency d : s.graph().children(n, "nummod")) {
            Integer k = COUNTS.get(s.token(d.dependent()).lowerLemma());
            if (k == null && s.token(d.dependent()).word().matches("[3-9]")) k = Integer.parseInt(s.token(d.dependent()).word());
            if (k != null) return k;
        }
        return 0;
    }

    /**
     * The k states a counted group stands for: the states other than the source named before it in the sentence when
     * there are k of them (else k conjoined there), else those and the parties of the acts just told, when that makes k.
     */
    private List<Actor> groupMembers(Sentence s, int n, int k, Candidate cand, List<Mention> mentions, LocalDate date) {
        Map<String, Actor> named = new LinkedHashMap<>();
        for (Actor x : namedBefore(s, n, mentions, date)) if (!cand.isSource(x.country())) named.putIfAbsent(x.country(), x);
        if (named.size() > k) {
            for (Mention m : mentions) {
                if (m.end() > n || m.kind() == Mention.Kind.ROLE) continue;
                Map<String, Actor> conj = new LinkedHashMap<>();
                resolver.resolve(s, m.end() - 1, mentions, date).ifPresent(x -> conj.put(x.country(), x));
                for (Dependency d : s.graph().children(m.end() - 1, "conj")) {
                    if (d.dependent() < n) resolver.resolve(s, d.dependent(), mentions, date).ifPresent(x -> conj.putIfAbsent(x.country(), x));
                }
                conj.keySet().removeIf(cand::isSource);
                if (conj.size() == k) return new ArrayList<>(conj.values());
            }
            return List.of();
        }
        if (named.size() < k) {
            for (DiscourseEvent e : cand.told) {
                for (Actor x : new Actor[]{e.source(), e.target()}) if (x != null && !cand.isSource(x.country())) named.putIfAbsent(x.country(), x);
            }
        }
        return named.size() == k ? new ArrayList<>(named.values()) : List.of();
    }

    /** "each country", "each government": one of the states named before, each in turn. */
    private boolean eachOf(Sentence s, int n) {
        return s.token(n).pos().equals("NN") && words(s.token(n).lowerLemma(), WordClass.STATE_GROUP)
                && s.graph().children(n, "det").stream().anyMatch(d -> s.token(d.dependent()).lowerLemma().equals("each"));
    }

    /** The governments of the distinct states named before token n, in order. */
    private List<Actor> namedBefore(Sentence s, int n, List<Mention> mentions, LocalDate date) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.end() > n || m.kind() == Mention.Kind.ROLE) continue;
            resolver.resolve(s, m.end() - 1, mentions, date).ifPresent(x -> out.putIfAbsent(x.country(), x));
        }
        return new ArrayList<>(out.values());
    }

    /**
     * "reaffirmed its commitment": the verb's act wins over the noun's; so does a pledge to do something to it
     * ("we commit to intensifying our support for Ukraine"). Not a silence ("offered no comment"), whatever the
     * verb, nor a demand or an accusation of another state that the verb answers ("rejected as slander the White
     * House's accusation", "dismissed Beijing's demand"): that is its author's act toward the one who answers.
     */
    private boolean governedByVerbCue(Sentence s, int c, Cue cue, List<Mention> mentions) {
        if (cue.act() == SpeechAct.DECLINE) return false;
        if ((cue.act() == SpeechAct.REBUKE || cue.act() == SpeechAct.REQUEST)
                && s.graph().children(c, "nmod:poss").stream().anyMatch(d -> mentionAt(mentions, d.dependent()))) return false;
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() < 0 || !d.base().equals("obj")) continue;
            for (Dependency up : s.graph().parents(d.governor())) {
                if (up.governor() < 0 || !(up.base().equals("xcomp") || up.relation().equals("advcl:to"))) continue;
                for (Cue gc : model.cues().cuesFor(s.token(up.governor()))) {
                    if (gc.act() == SpeechAct.PLEDGE && s.token(up.governor()).isVerb() && constraintHolds(s, up.governor(), gc)) return true;
                }
            }
        }
        for (Dependency d : s.graph().parents(c)) {
            if (d.governor() >= 0 && d.base().equals("obj") && !model.cues().cuesFor(s.token(d.governor())).isEmpty()) {
                Token gov = s.token(d.governor());
                if (restatedAct(s, d.governor()) >= 0) return false;
                for (Cue gc : model.cues().cuesFor(gov)) if (constraintHolds(s, d.governor(), gc)) return true;
            }
        }
        return false;
    }

    /** The tokens of what a predicated judgement at c is said of: the subject phrases of its predicate. */
    private Set<Integer> judgedSubject(Sentence s, int c) {
        DependencyGraph g = s.graph();
        int predicate = predicateHead(s, c) >= 0 ? predicateHead(s, c) : c;
        Set<Integer> out = new HashSet<>();
        // ("the Israeli government's decision to block all aid is appalling", "what Canberra has done is unacceptable":
        // a clausal subject too)
        for (Dependency d : g.children(predicate)) {
            if (d.base().equals("nsubj") || d.base().equals("csubj")) out.addAll(subtree(g, d.dependent()));
        }
        // ("Israel remains a close friend": the subject of the verb of remaining the noun completes)
        for (Dependency up : g.parents(predicate)) {
            if (up.governor() < 0 || !up.base().equals("xcomp") || !words(s.token(up.governor()).lowerLemma(), WordClass.REMAINING)) continue;
            for (Dependency d : g.children(up.governor())) if (d.base().equals("nsubj")) out.addAll(subtree(g, d.dependent()));
        }
        return out;
    }

    /**
     * The verb of thanks or welcome whose object or "for" phrase pledge noun c is, when a state's possessive says whose
     * pledge it was ("thanked Oslo for its pledge of aid", "welcomed Norway's pledge to send"); -1 otherwise.
     */
    private int thankedFor(Sentence s, int c, Cue cue) {
        DependencyGraph g = s.graph();
        if (cue.act() != SpeechAct.PLEDGE || !g.hasChild(c, "nmod:poss")) return -1;
        for (Dependency d : g.parents(c)) {
            if (d.governor() >= 0 && (d.base().equals("obj") || d.relation().equals("obl:for")) && s.token(d.governor()).isVerb()
                    && words(s.token(d.governor()).lowerLemma(), WordClass.THANKING)) return d.governor();
        }
        return -1;
    }

    /**
     * "We reaffirm our call on Russia to stop": an affirming verb whose object is a request, rebuke or
     * disappointment restates that act, which is the one coded; the object's index, or -1.
     */
    private int restatedAct(Sentence s, int verb) {
        if (model.cues().cuesFor(s.token(verb)).stream().noneMatch(x -> x.act() == SpeechAct.AFFIRM)) return -1;
        for (Dependency o : s.graph().children(verb, "obj")) {
            for (Cue oc : model.cues().cuesFor(s.token(o.dependent()))) {
                if (oc.pos() == Cue.PartOfSpeech.NOUN && (oc.act() == SpeechAct.REQUEST || oc.act() == SpeechAct.REBUKE
                        || oc.act() == SpeechAct.DISAPPOINT) && constraintHolds(s, o.dependent(), oc)) return o.dependent();
            }
        }
        return -1;
    }

    /**
     * Why the act is not realised, as "NEGATED:detail" or "IRREALIS:detail", or null when it is;
     * also sets the modality from auxiliaries and modifiers.
     */
    private String blocker(Sentence s, int c, Cue cue, Candidate cand) {
        DependencyGraph g = s.graph();
        Triggers tr = model.triggers();
        List<Double> modal = new ArrayList<>();
        String own = localBlocker(s, c, cue, modal, true);
        if (own != null) return own;
        // "Japan to press China on detained employee": a headline's infinitive is planned, not done (a pledge is its own future)
        if (cue.act() != SpeechAct.PLEDGE && s.token(c).isVerb() && headlineFuture(s, c)) return "IRREALIS:headline to";
        // "pledged to drop South Korea's WTO complaint", "withdrew its request": a nominal act undone is none
        if (s.token(c).isNoun()) {
            for (Dependency d : g.parents(c)) {
                if (d.governor() >= 0 && d.base().equals("obj") && words(s.token(d.governor()).lowerLemma(), WordClass.REVERSING)) {
                    return "NEGATED:undone by " + s.token(d.governor()).word();
                }
            }
        }
        // "Neither Tokyo nor Seoul has asked", "No country has asked": a negated subject negates its verb
        for (Dependency sub : g.children(c, "nsubj")) {
            for (Dependency x : g.children(sub.dependent())) {
                if (!x.base().equals("cc") && !x.base().equals("det")) continue;
                String w = s.token(x.dependent()).lowerLemma();
                if (tr.lookup(w, Triggers.Where.MOD).filter(e -> e.kind().equals("NEGATION")).isPresent()) return "NEGATED:subject " + w;
            }
        }
        // modifiers of the cue's object: "reaffirmed its ironclad commitment"
        for (Dependency d : g.children(c, "obj")) {
            for (Dependency m : g.children(d.dependent())) {
                if (m.base().equals("amod")) tr.lookup(s.token(m.dependent()).lowerLemma(), Triggers.Where.MOD)
                        .filter(e -> !e.blocks()).ifPresent(e -> modal.add(e.modality()));
            }
        }
        // governors: "plans to seek", "failed to endorse", "urged Washington to affirm", "the affirmation failed"
        int cur = c;
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = null;
            for (Dependency d : g.parents(cur)) {
                if (d.governor() < 0) continue;
                String b = d.base();
                // (a "clausal subject" with a subject of its own and no "that" is a misparsed main clause: "Albanese
                // welcomed the decision ... and said Canberra would keep disagreeing" parsed with "keep" as root)
                if (b.equals("csubj") && !g.children(cur, "nsubj").isEmpty() && g.children(cur, "mark").isEmpty()) continue;
                // ("refrained from criticising": a "from" clause is governed like a complement)
                // ("is considering asking the United States", the gerund parsed loose after its verb)
                // (right after a verb that blocks what it governs: "revoked the status ..., accusing Oslo" is done)
                boolean looseGerund = b.equals("dep") && cur == d.governor() + 1 && s.token(cur).pos().equals("VBG") && s.token(d.governor()).isVerb()
                        && tr.lookup(s.token(d.governor()).lowerLemma(), Triggers.Where.GOVERNOR).isPresent();
                // ("looks forward to affirming the partnership": a "to" clause of "look forward", which blocks what it governs;
                // not "called Sheinbaum to congratulate her", nor "look forward to continuing to advance our support")
                boolean toClause = d.relation().equals("advcl:to") && tr.lookup(s.token(d.governor()).lowerLemma(), Triggers.Where.GOVERNOR).isPresent()
                        && g.children(d.governor(), "advmod").stream().anyMatch(x -> s.token(x.dependent()).lowerLemma().equals("forward"))
                        && !words(s.token(cur).lowerLemma(), WordClass.CONTINUING);
                // ("looks forward to this visit and affirming the partnership": a gerund the parser conjoined to "look forward to")
                // ("called on Congress to do the right thing, to stand with Ukraine": a "to" clause the parser hung loose on a
                // verb of asking whose pattern holds is what is asked; not "called Sheinbaum to congratulate her")
                int asker = d.governor();
                boolean askedClause = d.relation().equals("advcl:to") && s.token(asker).isVerb() && model.cues().cuesFor(s.token(asker)).stream()
                        .anyMatch(x -> x.act() == SpeechAct.REQUEST && x.pos() == Cue.PartOfSpeech.VERB && constraintHolds(s, asker, x));
                if (b.equals("xcomp") || b.equals("ccomp") || b.equals("acl") || b.equals("csubj") || d.relation().equals("advcl:from") || looseGerund || toClause || askedClause
                        || (cur == c && cue.pos() != Cue.PartOfSpeech.VERB && (b.equals("obj") || b.equals("nsubj")))) {
                    up = d;
                    break;
                }
            }
            // ("looks forward to this visit and affirming the partnership": a gerund the parser conjoined to "look forward to",
            // which governs it before any verb the conjunction propagated it to)
            for (Dependency d : g.parents(cur)) {
                int at = cur;
                if (d.governor() >= 0 && d.base().equals("conj") && s.token(at).pos().equals("VBG") && d.governor() < at
                        && g.children(d.governor(), "advmod").stream().anyMatch(x -> s.token(x.dependent()).lowerLemma().equals("forward"))
                        && g.children(d.governor()).stream().anyMatch(x -> x.relation().equals("obl:to") && x.dependent() < at)
                        && !words(s.token(at).lowerLemma(), WordClass.CONTINUING)) up = d;
            }
            if (up == null) break;
            int gov = up.governor();
            Token gt = s.token(gov);
            boolean reported = up.base().equals("ccomp") && words(gt.lowerLemma(), WordClass.REPORTING);
            // "called the move unjustified": an adjectival small clause is a judgement made, not one asked for
            // (an adjective the parser made the object, "which Hayashi called unacceptable", is one too)
            // (and so is a noun's: "called the embargo a mistake")
            boolean smallClause = cur == c && (up.base().equals("xcomp") || up.base().equals("obj"))
                    && (cue.pos() == Cue.PartOfSpeech.ADJ || cue.pos() == Cue.PartOfSpeech.NOUN && predicateHead(s, c) == c);
            // "after a call between the presidents, Washington committed": a noun is no governing verb
            // (a noun's clausal complement is its content, "reports that Islamabad had asked", even when "that" is parsed loose
            // or as a relative pronoun)
            boolean content = up.base().equals("ccomp") || up.base().equals("acl") && (!g.children(cur, "mark").isEmpty()
                    || relativeMisparse(s, gov, cur));
            boolean nominal = gt.isNoun() && !content;
            // "called in a Japanese diplomat to protest": a phrasal verb is another verb than its stem
            // ("called on Washington to endorse" is still a request verb: its cue's pattern holds)
            // (and "called President Sheinbaum to congratulate her", with no particle at all: a call to thank or congratulate
            // is a telephone call, not a request)
            boolean phoned = cur == c && words(s.token(c).lowerLemma(), WordClass.THANKING) && gt.isVerb()
                    && model.cues().cuesFor(gt).stream().anyMatch(x -> x.act() == SpeechAct.REQUEST && x.requires("case"));
            boolean phrasal = (particle(s, gov) >= 0 || phoned) && model.cues().cuesFor(gt).stream().noneMatch(x -> constraintHolds(s, gov, x));
            // "I want to thank Prime Minister Albanese", "we would like to congratulate": wanting to thank is thanking
            boolean performative = cur == c && up.base().equals("xcomp") && words(s.token(c).lowerLemma(), WordClass.THANKING)
                    && words(gt.lowerLemma(), WordClass.PERFORMATIVE) && g.children(gov, "neg").isEmpty()
                    && g.children(gov, "nsubj").stream().anyMatch(x -> FIRST_PERSON.contains(s.token(x.dependent()).word().toLowerCase(Locale.ROOT)));
            if (performative) {
                cur = gov;
                continue;
            }
            // "European G7 countries have committed to seek that approval from Brussels": a request or reproach promised
            // is not yet made (one agreed on is: "agreed to demand North Korea fulfil its obligations")
            // (not a finite verb the graph propagated the complement to: "agreed to make $50 billion available and called on China")
            if (cur == c && up.base().equals("xcomp") && gt.isVerb() && asking(cue.act()) && (s.token(c).pos().equals("VB") || s.token(c).pos().equals("VBG"))
                    && model.cues().cuesFor(gt).stream().anyMatch(x -> x.act() == SpeechAct.PLEDGE && x.pos() == Cue.PartOfSpeech.VERB && x.requirements().isEmpty())) {
                return "IRREALIS:promised by " + gt.word();
            }
            // "you'll see President Biden and President Ruto commit to deepening our partnership": previewed
            if ((up.base().equals("ccomp") || up.base().equals("xcomp")) && words(gt.lowerLemma(), WordClass.PREVIEWING) && gt.isVerb()
                    && (futureAux(s, gov) != null || g.parents(gov).stream().anyMatch(x -> x.governor() >= 0 && x.base().equals("xcomp")
                            && words(s.token(x.governor()).lowerLemma(), WordClass.FUTURE) && s.token(x.governor()).pos().equals("VBG")))) {
                return "IRREALIS:previewed by " + gt.word();
            }
            if (!reported && !smallClause && !nominal && !phrasal) {
                Optional<Triggers.Effect> e = tr.lookup(gt.lowerLemma(), Triggers.Where.GOVERNOR)
                        .or(() -> gt.isNoun() ? tr.lookup(gt.lowerLemma(), Triggers.Where.GOVERNOR_NOUN) : Optional.empty());
                if (e.isPresent() && e.get().blocks() && !(cue.act() == SpeechAct.DECLINE && cur == c)) {
                    return (e.get().kind().equals("NEGATION") ? "NEGATED:" : "IRREALIS:") + "governed by " + gt.word();
                }
            }
            // "I'm not going to comment": the negation of a verb of intent is the decline itself
            boolean declining = cue.act() == SpeechAct.DECLINE && cue.requires("neg") && up.base().equals("xcomp");
            // "Poland's request has still not received an answer": what befell a nominal act since is not the act
            boolean befell = cur == c && up.relation().equals("nsubj") && words(gt.lowerLemma(), WordClass.RECEIVING);
            String gb = befell ? null : localBlocker(s, gov, declining ? cue : null, reported ? new ArrayList<>() : modal, declining);
            if (gb != null) return gb;
            cur = gov;
        }
        double m = DEFAULT_MODALITY;
        for (double v : modal) m = v < DEFAULT_MODALITY ? Math.min(m, v) : Math.max(m, v);
        cand.modality = m;
        return null;
    }

    /**
     * "reports that Stockholm had asked Helsinki", parsed as a relative clause on "reports" though the
     * noun fills no slot of the clause (its verb has an object of its own besides): a content clause.
     * ("the request that we put before Congress" is a relative clause: the noun is what is put.)
     */
    private static boolean relativeMisparse(Sentence s, int noun, int verb) {
        DependencyGraph g = s.graph();
        if (g.children(noun, "ref").stream().noneMatch(r -> s.token(r.dependent()).lowerLemma().equals("that"))) return false;
        List<Dependency> objects = g.children(verb, "obj");
        return objects.size() > 1 || g.children(verb).stream().noneMatch(d -> d.dependent() == noun);
    }

    /** Negation, modal auxiliaries and conditional markers attached directly to token i. */
    private String localBlocker(Sentence s, int i, Cue cue, List<Double> modal, boolean isCue) {
        DependencyGraph g = s.graph();
        Triggers tr = model.triggers();
        for (Dependency d : g.children(i)) {
            Token t = s.token(d.dependent());
            String lemma = t.lowerLemma();
            String b = d.base();
            Triggers.Where where = switch (b) {
                case "aux" -> Triggers.Where.AUX;
                case "mark" -> Triggers.Where.MARK;
                case "advmod", "neg", "det", "amod" -> Triggers.Where.MOD;
                default -> null;
            };
            if (where == null) continue;
            Optional<Triggers.Effect> e = tr.lookup(lemma, where);
            if (e.isEmpty() && where == Triggers.Where.MOD) e = tr.lookup(t.word(), where);
            if (e.isEmpty()) continue;
            if (!e.get().blocks()) {
                modal.add(e.get().modality());
                continue;
            }
            // "no comment" is itself a decline, and so is "did not respond"
            if (isCue && cue != null && cue.act() == SpeechAct.DECLINE && (b.equals("det") || cue.requires("neg"))) continue;
            // "told Zelensky that Japan would stand with Ukraine": reported speech shifts "will" to "would"; "I would refrain
            // from speculating", "the ministry would not comment": a decline's "would" is politeness or the past, not a condition
            if (lemma.equals("would") && (reportedClause(g, s, i) && reportedAfter(g, i) || isCue && cue != null && cue.act() == SpeechAct.DECLINE)) {
                modal.add(1.0);
                continue;
            }
            // ("said Caracas should publish the tally sheets": the modal a directive cue stands on is the act itself)
            if (isCue && cue != null && b.equals("aux") && cue.requires("modal") && constraintHolds(s, i, cue)) {
                modal.add(1.0);
                continue;
            }
            // "should Canberra request" (inverted) is conditional; "Tokyo should request" is advice, also unrealised
            return (e.get().kind().equals("NEGATION") ? "NEGATED:" : "IRREALIS:") + b + " " + t.word();
        }
        return null;
    }

    /** The clause headed by i is the complement of a reporting verb ("said that ..."). */
    /** Whether clause i follows its verb of saying ("said Japan would"); "Berlin would welcome it, a source said" keeps its conditional. */
    private static boolean reportedAfter(DependencyGraph g, int i) {
        return g.parents(i).stream().anyMatch(d -> d.governor() >= 0 && d.governor() < i && d.base().equals("ccomp"));
    }

    private boolean reportedClause(DependencyGraph g, Sentence s, int i) {
        for (Dependency d : g.parents(i)) {
            if (d.governor() < 0) continue;
            String l = s.token(d.governor()).lowerLemma();
            // ("Kishida responded that Japan would provide": an answer reports too)
            if (d.base().equals("ccomp") && (words(l, WordClass.REPORTING) || words(l, WordClass.RESPONDING) && s.token(d.governor()).isVerb())) return true;
            // ("said that the United States stood with the kingdom, and that Washington would provide": a clause conjoined to one)
            if (d.base().equals("conj") && d.governor() < i && g.hasChild(i, "mark")) {
                for (Dependency up : g.parents(d.governor())) {
                    if (up.governor() >= 0 && up.base().equals("ccomp") && words(s.token(up.governor()).lowerLemma(), WordClass.REPORTING)) return true;
                }
            }
        }
        return false;
    }

    /**
     * "the affirmation failed to materialise beyond a brief post": an exceptive phrase under the
     * negating governor names the act that did happen.
     */
    private Integer exceptiveRealisation(Sentence s, int c) {
        DependencyGraph g = s.graph();
        Deque<Integer> todo = new ArrayDeque<>();
        for (Dependency d : g.parents(c)) if (d.governor() >= 0) todo.add(d.governor());
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            int n = todo.poll();
            if (!seen.add(n) || seen.size() > 6) continue;
            for (Dependency d : g.children(n)) {
                if ((d.base().equals("obl") || d.base().equals("nmod")) && words(d.subtype(), WordClass.EXCEPTIVE)) return d.dependent();
                if (d.base().equals("xcomp")) todo.add(d.dependent());
            }
        }
        return null;
    }

    private DiscourseEvent build(Article a, Sentence s, int c, Cue cue, Candidate cand, Actor source, Actor target,
                                 List<Mention> mentions, Context ctx) {
        // "pressed Washington for public statements": the statement asked for is not the channel
        Set<Integer> content = new HashSet<>();
        Set<Integer> inside = new HashSet<>();
        if (cue.act() == SpeechAct.REQUEST) {
            for (Dependency d : s.graph().children(c)) {
                if (d.base().equals("xcomp") || d.base().equals("ccomp") || d.relation().equals("obl:for")
                        || (d.base().equals("obj") && cue.pos() == Cue.PartOfSpeech.VERB && !mentionAt(mentions, d.dependent()))) {
                    content.addAll(subtree(s.graph(), d.dependent()));
                }
            }
        }
        Channel channel = model.channels().find(s, content)
                // an answer to reporters' questions is given at a press conference (a briefing); an office's own
                // release speaks through a statement unless the text says otherwise
                .orElse(ctx.answerTurn() ? Channel.PRESS_CONFERENCE : ctx.voice().isPresent() ? Channel.STATEMENT : Channel.UNKNOWN);
        Evidentiality ev = model.evidentiality().find(s).orElse(quoted(s) ? Evidentiality.DIRECT_QUOTE : Evidentiality.ATTRIBUTED);
        double weight = model.weights().weight(source.role(), channel, cand.modality, ev);
        Token t = s.token(c);
        String cameo = cue.cameo() != null && cand.act == cue.act() ? cue.cameo() : cand.act.cameo();
        String id = id(a.id(), s.index(), c, cand.act, source.country(), target == null ? "-" : target.country());
        DiscourseEvent e = new DiscourseEvent(id, source, target, cand.act, cameo, channel, ev, cand.modality,
                a.date(), TemporalResolver.eventDate(s, a.date()),
                new Provenance(a.id(), s.index(), t.begin(), t.end(), s.text()), weight, 1, cand.path.toString(),
                ExtractionModel.EXTRACTOR_VERSION);
        return e.withConfidence(model.confidence().score(e));
    }

    /**
     * What an act says: the subtrees of its cue's complements (for a noun cue not its own modifiers:
     * "joint" in "joint commitment" says who commits, not to what), without a phrase that has a partner
     * or owner of its own ("work in partnership with Indigenous Peoples", "the coordination efforts of
     * the Contact Group") -- where a word of mutuality says the act is mutual.
     */
    private static Set<Integer> reciprocalScope(Sentence s, int c, List<Mention> mentions, int maxDepth) {
        DependencyGraph g = s.graph();
        Set<Integer> inside = new HashSet<>();
        Deque<int[]> todo = new ArrayDeque<>();
        for (Dependency d : g.children(c)) {
            if (Set.of("obj", "iobj", "obl", "xcomp", "ccomp", "nmod", "acl").contains(d.base()) || d.relation().equals("advcl:to")) todo.add(new int[]{d.dependent(), 1});
        }
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            int n = cur[0];
            // (a named body is no tie between the sources: "support for the Open Government Partnership")
            if (cur[1] > maxDepth || ownPartner(s, n, mentions) || s.token(n).pos().startsWith("NNP") || !inside.add(n)) continue;
            // (not through a conjunct: "committed to fund the project and to deepen cooperation" says two things)
            for (Dependency d : g.children(n)) if (!d.base().equals("conj")) todo.add(new int[]{d.dependent(), cur[1] + 1});
        }
        return inside;
    }

    /** A phrase with a partner or owner named but no state ("partnership with Indigenous Peoples", "the efforts of the Group"). */
    private static boolean ownPartner(Sentence s, int n, List<Mention> mentions) {
        for (Dependency d : s.graph().children(n)) {
            Token t = s.token(d.dependent());
            boolean named = t.pos().startsWith("NNP") && !mentionAt(mentions, t.index());
            if (named && (d.subtype().equals("with") || d.relation().equals("nmod:of") || d.relation().equals("nmod:poss"))) return true;
        }
        return false;
    }

    private static Set<Integer> outside(Sentence s, Set<Integer> inside) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < s.size(); i++) if (!inside.contains(i)) out.add(i);
        return out;
    }

    private static Set<Integer> subtree(DependencyGraph g, int root) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            int n = todo.poll();
            if (!seen.add(n)) continue;
            for (Dependency d : g.children(n)) todo.add(d.dependent());
        }
        return seen;
    }

    private static boolean quoted(Sentence s) {
        return s.text().indexOf('"') >= 0 || s.text().indexOf('\u201C') >= 0;
    }

    static String id(String article, int sentence, int token, SpeechAct act, String source, String target) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((article + "|" + sentence + "|" + token + "|" + act + "|" + source + "|" + target)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
