package org.avow.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.TextAnalyzer;
import org.avow.core.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only class that talks to Stanford CoreNLP: it converts CoreNLP's annotations into avow's
 * own token and dependency types, so rules never see CoreNLP classes.
 *
 * <p>Two pipelines: {@code tokenize,ssplit,pos,lemma} for every text, {@code depparse} for the
 * sentences the extractor selects. Models are large and CoreNLP's caches hold soft references,
 * so one instance per JVM is held strongly by {@link #shared()}.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    /** Sentences longer than this are not tagged; the extractor parses at most 120 tokens anyway. */
    public static final int MAX_TAGGED_TOKENS = 250;
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static volatile CoreNlpAnalyzer shared;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP parser;

    private CoreNlpAnalyzer() {
        Properties base = new Properties();
        base.setProperty("tokenize.language", "en");
        base.setProperty("ssplit.newlineIsSentenceBreak", "two");
        base.setProperty("tokenize.options", "ptb3Escaping=false,quotes=ascii,invertible=false");
        Properties split = new Properties();
        split.putAll(base);
        split.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // run-on "sentences" (tables, lists without stops) cost the tagger dearly and hold no
        // parseable act: longer ones are left untagged (tag X) and never become candidates
        split.setProperty("pos.maxlen", String.valueOf(MAX_TAGGED_TOKENS));
        this.splitter = new StanfordCoreNLP(split);
        Properties deep = new Properties();
        deep.putAll(base);
        deep.setProperty("annotators", "depparse");
        deep.setProperty("enforceRequirements", "false");
        this.parser = new StanfordCoreNLP(deep);
        LOADS.incrementAndGet();
    }

    /** The JVM-wide analyzer, built on first use. */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer s = shared;
        if (s == null) {
            synchronized (CoreNlpAnalyzer.class) {
                s = shared;
                if (s == null) {
                    s = new CoreNlpAnalyzer();
                    shared = s;
                }
            }
        }
        return s;
    }

    /** How many times this JVM built the pipelines (1 in a healthy run). */
    public static int loads() { return LOADS.get(); }

    @Override
    public List<Sentence> split(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return out;
        for (CoreMap s : sentences) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(i++, t.word(), t.lemma() == null ? t.word() : t.lemma(), t.tag(),
                        t.beginPosition(), t.endPosition()));
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens, null));
        }
        return out;
    }

    @Override
    public Sentence parse(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.size());
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setIndex(t.index() + 1);
            l.setSentIndex(0);
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            labels.add(l);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        s.set(CoreAnnotations.TextAnnotation.class, sentence.text());
        Annotation doc = new Annotation(sentence.text());
        doc.set(CoreAnnotations.TokensAnnotation.class, labels);
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
        parser.annotate(doc);
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Dependency> deps = new ArrayList<>();
        if (g != null) {
            for (IndexedWord root : g.getRoots()) {
                deps.add(new Dependency(-1, "root", root.index() - 1));
            }
            for (SemanticGraphEdge e : g.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getRelation().toString(),
                        e.getDependent().index() - 1));
            }
        }
        return sentence.withGraph(new DependencyGraph(sentence.size(), deps));
    }
}
