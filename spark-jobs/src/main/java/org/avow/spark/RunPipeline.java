package org.avow.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.SparkSession;
import org.avow.core.compare.Alignments;
import org.avow.core.extract.ExtractionModel;
import org.avow.core.ingest.RecordParser;
import org.avow.core.lexicon.WeightTable;
import org.avow.spark.progress.ProgressReporter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The whole run: ingest, extract, compare, then {@code manifest.json} written last and atomically,
 * so a folder with a manifest is a complete run. A previous manifest is removed first: a run that
 * dies midway leaves none.
 */
public final class RunPipeline {
    public static final String MANIFEST = "manifest.json";
    /** Off a terminal (CI, logs), a progress line this often. */
    private static final long PLAIN_PROGRESS_MS = 15_000;

    public record Options(List<String> inputs, String out, String patron, List<String> allies, List<String> rivals,
                          String datasets, String weights, String defaultSource, RecordParser.Fields fields) {
        /** Allies and rivals default to the patron's rows in datasets/actors/alignments.tsv. */
        public Options withDefaults() {
            Alignments al = Alignments.load(datasets == null ? null : existing(Path.of(datasets, "actors", "alignments.tsv")));
            String p = patron == null ? "USA" : patron;
            return new Options(inputs, out, p, allies == null || allies.isEmpty() ? al.allies(p) : allies,
                    rivals == null || rivals.isEmpty() ? al.rivals(p) : rivals, datasets, weights, defaultSource,
                    fields == null ? RecordParser.Fields.DEFAULT : fields);
        }

        private static Path existing(Path p) {
            return Files.isRegularFile(p) ? p : null;
        }
    }

    public record Result(IngestJob.Result ingest, ExtractJob.Result extract, long dyadWindows, Map<String, Long> timingsMs,
                         Path manifest) {
    }

    private RunPipeline() {
    }

    public static Result run(SparkSession spark, Options options, PrintStream log) {
        Options o = options.withDefaults();
        Path out = Path.of(o.out()).toAbsolutePath();
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(out.resolve(MANIFEST));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ProgressReporter progress = ProgressReporter.start(spark, log, System.console() != null, PLAIN_PROGRESS_MS)) {
            long t0 = System.nanoTime();
            progress.stage("ingest", -1);
            IngestJob.Result ingest = IngestJob.run(spark, new IngestJob.Options(o.inputs(), out.toString(),
                    o.fields(), RecordParser.DEFAULT_MAX_TEXT_CHARS, o.defaultSource()));
            long t1 = System.nanoTime();
            progress.println(String.format("ingest: %d records in = %d articles + %d rejects + %d duplicates (%.1f s)",
                    ingest.recordsIn(), ingest.articles(), ingest.rejects(), ingest.duplicates(), (t1 - t0) / 1e9));
            // small partitions keep both cores busy and bound the work lost when a task fails
            int partitions = (int) Math.max(spark.sparkContext().defaultParallelism() * 4L, ingest.articles() / 200 + 1);
            progress.stage("extract", ingest.articles());
            ExtractJob.Result extract = ExtractJob.run(spark, new ExtractJob.Options(out.toString(), o.datasets(), o.weights(), partitions));
            long t2 = System.nanoTime();
            progress.println(String.format("extract: %d events from %d articles (%d candidate sentences of %d; %d failed) (%.1f s)",
                    extract.events(), extract.articles(), extract.candidates(), extract.sentences(), extract.failures(),
                    (t2 - t1) / 1e9));
            progress.stage("compare", -1);
            long windows = CompareJob.run(spark, new CompareJob.Options(out.toString(), o.patron(), o.allies(), o.rivals()));
            long t3 = System.nanoTime();
            progress.println(String.format("compare: %d dyad windows for %s and %s (%.1f s)", windows, o.patron(), o.allies(),
                    (t3 - t2) / 1e9));
            Map<String, Long> timings = new java.util.LinkedHashMap<>();
            timings.put("ingest", (t1 - t0) / 1_000_000);
            timings.put("extract", (t2 - t1) / 1_000_000);
            timings.put("compare", (t3 - t2) / 1_000_000);
            timings.put("total", (t3 - t0) / 1_000_000);
            Path manifest = writeManifest(spark, out, o, ingest, extract, windows, timings);
            return new Result(ingest, extract, windows, timings, manifest);
        }
    }

    static Path writeManifest(SparkSession spark, Path out, Options o, IngestJob.Result ingest, ExtractJob.Result extract,
                              long windows, Map<String, Long> timings) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode m = json.createObjectNode();
        m.put("created", Instant.now().toString());
        ArrayNode inputs = m.putArray("inputs");
        for (Path f : ingest.files()) {
            ObjectNode i = inputs.addObject();
            i.put("path", f.toString());
            i.put("sha256", InputFiles.sha256(f));
            try {
                i.put("bytes", Files.size(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ObjectNode config = m.putObject("config");
        config.put("patron", o.patron());
        config.putPOJO("allies", o.allies());
        config.putPOJO("rivals", o.rivals());
        config.put("window", "month");
        config.put("datasets", o.datasets());
        config.put("default_source", o.defaultSource());
        config.putPOJO("fields", o.fields());
        config.put("weights", o.weights() != null ? o.weights() : WeightTable.RESOURCE);
        config.put("master", spark.sparkContext().master());
        ObjectNode versions = m.putObject("versions");
        versions.put("avow", RunPipeline.class.getPackage().getImplementationVersion() == null ? "dev"
                : RunPipeline.class.getPackage().getImplementationVersion());
        versions.put("extractor", ExtractionModel.EXTRACTOR_VERSION);
        versions.put("weights", WeightTable.VERSION);
        versions.put("spark", spark.version());
        versions.put("corenlp", edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion() == null
                ? "4.5.10" : edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion());
        versions.put("java", System.getProperty("java.version"));
        ObjectNode counts = m.putObject("counts");
        counts.put("records_in", ingest.recordsIn());
        counts.put("articles", ingest.articles());
        counts.put("rejects", ingest.rejects());
        counts.put("duplicates", ingest.duplicates());
        counts.put("events", extract.events());
        counts.putPOJO("events_by_act", extract.eventsByAct());
        counts.put("extraction_failures", extract.failures());
        counts.put("sentences", extract.sentences());
        counts.put("candidate_sentences", extract.candidates());
        counts.put("tokens", extract.tokens());
        counts.put("dyad_windows", windows);
        // per executor JVM, how often it built the CoreNLP pipelines: 1 each means models were never reloaded
        counts.putPOJO("pipeline_loads_per_executor", extract.pipelineLoads());
        m.putPOJO("timings_ms", timings);
        ArrayNode tables = m.putArray("tables");
        for (String t : List.of(Tables.ARTICLES, Tables.REJECTS, Tables.EVENTS, Tables.MENTIONS, Tables.FAILURES, Tables.DYAD_WINDOWS)) {
            tables.add(t);
        }
        try {
            Path tmp = out.resolve(MANIFEST + ".tmp");
            json.writeValue(tmp.toFile(), m);
            return Files.move(tmp, out.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
