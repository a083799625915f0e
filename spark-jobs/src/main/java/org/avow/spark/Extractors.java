package org.avow.spark;

import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.ExtractionModel;
import org.avow.core.nlp.CoreNlpAnalyzer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One extractor per executor JVM, built lazily on first use inside a task and held strongly
 * (CoreNLP's caches are soft). Never serialized: tasks carry only the datasets path.
 */
final class Extractors {
    private static volatile DiscourseExtractor instance;
    private static String loadedFrom;

    private Extractors() {
    }

    static DiscourseExtractor get(String datasets, String weights) {
        String key = datasets + "|" + weights;
        DiscourseExtractor e = instance;
        if (e != null && Objects.equals(loadedFrom, key)) return e;
        synchronized (Extractors.class) {
            if (instance == null || !Objects.equals(loadedFrom, key)) {
                ExtractionModel model = datasets == null && weights == null ? ExtractionModel.shipped()
                        : ExtractionModel.load(datasets == null ? null : Path.of(datasets), weights == null ? null : Path.of(weights));
                instance = new DiscourseExtractor(CoreNlpAnalyzer.shared(), model);
                loadedFrom = key;
            }
            return instance;
        }
    }
}
