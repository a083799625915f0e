package org.avow.core.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.avow.core.text.Sentence;
import org.avow.core.text.TextAnalyzer;

import java.util.List;

/**
 * The benchmark's baseline, what an event coder built on CoreNLP would do: the full pipeline
 * {@code tokenize,ssplit,pos,lemma,ner,depparse} over every sentence of every document, before any
 * rule looks at it. {@link #tag} and {@link #parse} have nothing left to do. Not used by the jobs.
 */
public final class FullPipelineAnalyzer implements TextAnalyzer {
    private final StanfordCoreNLP pipeline;

    public FullPipelineAnalyzer() {
        this.pipeline = new StanfordCoreNLP(CoreNlpAnalyzer.properties("tokenize,ssplit,pos,lemma,ner,depparse"));
    }

    @Override
    public List<Sentence> tokenize(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return Conversions.sentences(doc, text, true);
    }

    @Override
    public Sentence tag(Sentence sentence) {
        return sentence;
    }

    @Override
    public Sentence parse(Sentence sentence) {
        return sentence;
    }

    @Override
    public Sentence retag(Sentence sentence, int index, String pos) {
        return Conversions.retag(sentence, index, pos);
    }
}
