package org.avow.cli;

import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.ExtractionModel;
import org.avow.core.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options that choose the extractor's data, shared by the verbs that extract without Spark. */
public final class DatasetOptions {
    @Option(names = "--datasets", paramLabel = "DIR",
            description = "A folder laid out like datasets/ whose files override the shipped actors, lexicons and weights.")
    Path datasets;

    @Option(names = "--weights", paramLabel = "FILE", description = "A weight table overriding datasets/weights/weights-v1.tsv.")
    Path weights;

    DiscourseExtractor extractor() {
        ExtractionModel model = datasets == null && weights == null ? ExtractionModel.shipped() : ExtractionModel.load(datasets, weights);
        return new DiscourseExtractor(CoreNlpAnalyzer.shared(), model);
    }
}
