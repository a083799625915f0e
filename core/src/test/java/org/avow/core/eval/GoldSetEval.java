package org.avow.core.eval;

import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.ExtractionModel;
import org.avow.core.model.SpeechAct;
import org.avow.core.nlp.CoreNlpAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gold metrics, pinned: the same code as {@code avow eval}. The floors sit a little under the
 * measured scores, so a rule change that costs accuracy fails here; raise them as the rules improve.
 */
class GoldSetEval {
    private static final DiscourseExtractor EXTRACTOR = new DiscourseExtractor(CoreNlpAnalyzer.shared(), ExtractionModel.shipped());

    private static Evaluation evaluate(String split) throws Exception {
        Evaluation ev = Evaluation.run(EXTRACTOR, GoldReader.read(Path.of("../datasets/gold/" + split + ".jsonl")));
        System.out.println("== " + split + " ==");
        for (Evaluation.DocumentOutcome o : ev.outcomes()) {
            if (!o.falsePositives().isEmpty() || !o.falseNegatives().isEmpty()) {
                System.out.println(o.gold().article().id() + " FP " + o.falsePositives() + " FN " + o.falseNegatives());
            }
        }
        System.out.print(ev.report());
        return ev;
    }

    @Test
    void dev() throws Exception {
        Evaluation ev = evaluate("dev");
        assertTrue(ev.scorer().micro().f1() >= DEV_MICRO_F1, ev.report());
    }

    @Test
    void test() throws Exception {
        Evaluation ev = evaluate("test");
        assertTrue(ev.scorer().micro().f1() >= TEST_MICRO_F1, ev.report());
        for (SpeechAct a : SpeechAct.values()) {
            assertTrue(ev.scorer().act(a).f1() >= ACT_F1_FLOOR, a + " below floor:\n" + ev.report());
        }
    }

    // measured 2026-11-28 (avow-rules-0.21 with confidence-v1 fitted to audits 5-40, at 0.65; `avow eval`): dev 0.829 (1840 snippets;
    // batches 4, 5, 6, 7, 8, 9, 10 and 11, written without sight of the rules, scored 0.42, 0.61, 0.52, 0.80, 0.74, 0.80, 0.71 and 0.80
    // before any rule saw them), test 0.801, weakest act on test PLEDGE 0.725
    static final double DEV_MICRO_F1 = 0.80;
    static final double TEST_MICRO_F1 = 0.78;
    static final double ACT_F1_FLOOR = 0.70;
}
