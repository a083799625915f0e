package org.avow.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.TextAnalyzer;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cascade's analyzer and the only code besides {@link FullPipelineAnalyzer} that talks to
 * Stanford CoreNLP: it converts CoreNLP's annotations into avow's own token and dependency types,
 * so rules never see CoreNLP classes.
 *
 * <p>Three pipelines: {@code tokenize,ssplit} for every text, {@code pos,lemma} and
 * {@code depparse} for the sentences the extractor selects. No NER: the actor dictionary names the
 * actors. Models are large and CoreNLP's caches hold soft references, so one instance per JVM is
 * held strongly by {@link #shared()}, and {@link #loads()} counts how often they were built.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static volatile CoreNlpAnalyzer shared;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;

    private CoreNlpAnalyzer() {
        this.splitter = new StanfordCoreNLP(properties("tokenize,ssplit"));
        Properties tag = properties("pos,lemma");
        tag.setProperty("enforceRequirements", "false");
        this.tagger = new StanfordCoreNLP(tag);
        Properties deep = properties("depparse");
        deep.setProperty("enforceRequirements", "false");
        this.parser = new StanfordCoreNLP(deep);
        LOADS.incrementAndGet();
    }

    /** Tokenizer and splitter settings every avow pipeline shares. */
    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "ptb3Escaping=false,quotes=ascii,invertible=false");
        return p;
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
    public List<Sentence> tokenize(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        return Conversions.sentences(doc, text, false);
    }

    @Override
    public Sentence tag(Sentence sentence) {
        if (sentence.tagged()) return sentence;
        Annotation doc = Conversions.document(sentence);
        tagger.annotate(doc);
        return Conversions.tagged(sentence, doc);
    }

    @Override
    public Sentence parse(Sentence sentence) {
        if (sentence.graph() != null) return sentence;
        Annotation doc = Conversions.document(sentence);
        parser.annotate(doc);
        CoreMap s = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        DependencyGraph g = Conversions.graph(s);
        return sentence.withGraph(g != null ? g : new DependencyGraph(sentence.size(), List.of()));
    }

    @Override
    public Sentence retag(Sentence sentence, int index, String pos) {
        return Conversions.retag(sentence, index, pos);
    }
}
