package org.avow.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.util.ArrayList;
import java.util.List;

/** Between CoreNLP's annotations and avow's token, sentence and graph types. */
final class Conversions {
    private Conversions() {
    }

    /** avow sentences of an annotated document; tokens untagged unless {@code tagged}, graphs if parsed. */
    static List<Sentence> sentences(Annotation doc, String text, boolean tagged) {
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return out;
        for (CoreMap s : sentences) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(tagged
                        ? new Token(i++, t.word(), t.lemma() == null ? t.word() : t.lemma(), t.tag() == null ? "X" : t.tag(),
                        t.beginPosition(), t.endPosition())
                        : Token.untagged(i++, t.word(), t.beginPosition(), t.endPosition()));
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens, graph(s)));
        }
        return out;
    }

    /** The sentence with token {@code index} tagged {@code pos} and lemmatized as such by CoreNLP's morphology. */
    static Sentence retag(Sentence sentence, int index, String pos) {
        Token t = sentence.token(index);
        List<Token> tokens = new ArrayList<>(sentence.tokens());
        tokens.set(index, new Token(t.index(), t.word(), Morphology.lemmaStatic(t.word(), pos, true), pos, t.begin(), t.end()));
        return sentence.withTokens(tokens);
    }

    /** A one-sentence document of CoreNLP labels carrying what the sentence already has. */
    static Annotation document(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.size());
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            if (t.tagged()) {
                l.setTag(t.pos());
                l.setLemma(t.lemma());
            }
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
        return doc;
    }

    /** The sentence's tokens re-read from a one-sentence document after tagging. */
    static Sentence tagged(Sentence sentence, Annotation doc) {
        List<CoreLabel> labels = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            Token t = sentence.token(i);
            tokens.add(new Token(i, t.word(), l.lemma() == null ? t.word() : l.lemma(), l.tag() == null ? "X" : l.tag(),
                    t.begin(), t.end()));
        }
        return sentence.withTokens(tokens);
    }

    /** The enhanced++ graph of a parsed CoreNLP sentence, or null if it has none. */
    static DependencyGraph graph(CoreMap s) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) return null;
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            deps.add(new Dependency(-1, "root", root.index() - 1));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getRelation().toString(), e.getDependent().index() - 1));
        }
        return new DependencyGraph(s.get(CoreAnnotations.TokensAnnotation.class).size(), deps);
    }
}
