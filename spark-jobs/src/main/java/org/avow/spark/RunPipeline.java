package org.avow.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.SparkSession;
import org.avow.core.compare.Alignments;
import org.avow.core.data.Tsv;
import org.avow.core.dedup.MinHash;
import org.avow.core.extract.ExtractionModel;
import org.avow.core.ingest.CorpusFormat;
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
                          String datasets, String weights, String defaultSource, RecordParser.Fields fields,
                          CompareJob.Settings compare, String study, CorpusFormat format) {
        public Options(List<String> inputs, String out, String patron, List<String> allies, List<String> rivals,
                       String datasets, String weights, String defaultSource, RecordParser.Fields fields) {
            this(inputs, out, patron, allies, rivals, datasets, weights, defaultSource, fields, null, null, null);
        }

        /** Allies and rivals default to the patron's rows in datasets/actors/alignments.tsv. */
        public Options withDefaults() {
            Alignments al = Alignments.load(Tsv.existing(datasets == null ? null : Path.of(datasets), "actors/alignments.tsv"));
            String p = patron == null ? "USA" : patron;
            return new Options(inputs, out, p, allies == null || allies.isEmpty() ? al.allies(p) : allies,
                    rivals == null || rivals.isEmpty() ? al.rivals(p) : rivals, datasets, weights, defaultSource,
                    fields == null ? RecordParser.Fields.DEFAULT : fields, compare == null ? CompareJob.Settings.DEFAULT : compare, study,
                    format);
        }
    }

    public record Result(IngestJob.Result ingest, ExtractJob.Result extract, CompareJob.Result compare, Map<String, Long> timingsMs,
                         Path manifest) {
        public long dyadWindows() { return compare.dyadWindows(); }
    }

    private RunPipeline() {
    }

    public static Result run(SparkSession spark, Options options, PrintStream log) {
        Options o = options.withDefaults();
        Path out = Path.of(o.out()).toAbsolutePath();
        InputFiles.expand(o.inputs(), o.format());   // a missing input fails here, before a previous run is touched
        clear(out);
        try (ProgressReporter progress = ProgressReporter.start(spark, log, System.console() != null, PLAIN_PROGRESS_MS)) {
            long t0 = System.nanoTime();
            progress.stage("ingest", -1);
            IngestJob.Result ingest = IngestJob.run(spark, new IngestJob.Options(o.inputs(), out.toString(),
                    o.fields(), RecordParser.DEFAULT_MAX_TEXT_CHARS, o.defaultSource(), o.format(), MinHash.DEFAULT));
            long t1 = System.nanoTime();
            progress.printf("ingest: %d records in = %d articles + %d rejects + %d duplicates (%.1f s)%n", ingest.recordsIn(),
                    ingest.articles(), ingest.rejects(), ingest.duplicates(), (t1 - t0) / 1e9);
            if (!ingest.rejectsByReason().isEmpty()) progress.printf("rejects by reason: %s%n", ingest.rejectsByReason());
            progress.printf("near-duplicates: %d clusters of 2+ articles, %d articles not their cluster's representative%n",
                    ingest.nearDuplicateClusters(), ingest.nearDuplicates());
            // small partitions keep both cores busy and bound the work lost when a task fails
            int partitions = (int) Math.max(spark.sparkContext().defaultParallelism() * 4L, ingest.articles() / 200 + 1);
            progress.stage("extract", ingest.articles() - ingest.nearDuplicates()); // representatives only are extracted
            ExtractJob.Result extract = ExtractJob.run(spark, new ExtractJob.Options(out.toString(), o.datasets(), o.weights(), partitions));
            long t2 = System.nanoTime();
            progress.printf("extract: %d events (%d more held back under the confidence threshold) from %d articles"
                            + " (%d candidate sentences of %d; %d failed) (%.1f s)%n",
                    extract.events(), extract.held(), extract.articles(), extract.candidates(), extract.sentences(), extract.failures(),
                    (t2 - t1) / 1e9);
            progress.stage("compare", -1);
            CompareJob.Result windows = CompareJob.run(spark, new CompareJob.Options(out.toString(), o.patron(), o.allies(), o.rivals(),
                    o.compare(), o.datasets()));
            long t3 = System.nanoTime();
            progress.printf("compare: %d dyad windows (%s) for %s and %s, %d requests in the latency table (%.1f s)%n",
                    windows.dyadWindows(), o.compare().window().name().toLowerCase(), o.patron(), o.allies(), windows.latency(),
                    (t3 - t2) / 1e9);
            Map<String, Long> timings = new java.util.LinkedHashMap<>();
            timings.put("ingest", (t1 - t0) / 1_000_000);
            timings.put("extract", (t2 - t1) / 1_000_000);
            timings.put("compare", (t3 - t2) / 1_000_000);
            timings.put("total", (t3 - t0) / 1_000_000);
            Path manifest = writeManifest(spark, out, o, ingest, extract, windows, timings);
            return new Result(ingest, extract, windows, timings, manifest);
        }
    }

    /**
     * Removes what a previous run left in {@code out}: the manifest first (the folder stops claiming
     * a complete run), then every table avow writes, so that a run killed midway leaves no stale
     * table with a {@code _SUCCESS} beside the new ones. Other files in the folder are left alone.
     */
    static void clear(Path out) {
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(out.resolve(MANIFEST));
            for (String t : Tables.ALL) {
                Path dir = out.resolve(t);
                if (!Files.exists(dir)) continue;
                try (var files = Files.walk(dir)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commit of the source tree avow was built from, when it runs from a git checkout; "unknown" otherwise. */
    static String gitCommit() {
        try {
            Path code = Path.of(RunPipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            Process p = new ProcessBuilder("git", "-C", dir.toString(), "rev-parse", "HEAD").redirectErrorStream(true).start();
            String head = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            Process st = new ProcessBuilder("git", "-C", dir.toString(), "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            String dirty = new String(st.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0 || !head.matches("[0-9a-f]{40}")) return "unknown";
            return st.waitFor() == 0 && !dirty.isEmpty() ? head + "-dirty" : head;
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static Path writeManifest(SparkSession spark, Path out, Options o, IngestJob.Result ingest, ExtractJob.Result extract,
                              CompareJob.Result windows, Map<String, Long> timings) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode m = json.createObjectNode();
        m.put("created", Instant.now().toString());
        ArrayNode inputs = m.putArray("inputs");
        for (Path f : ingest.paths()) {
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
        if (o.study() != null) {
            ObjectNode study = config.putObject("study");
            study.put("path", o.study());
            study.put("sha256", InputFiles.sha256(Path.of(o.study())));
        }
        config.put("patron", o.patron());
        config.putPOJO("allies", o.allies());
        config.putPOJO("rivals", o.rivals());
        CompareJob.Settings c = o.compare();
        config.put("window", c.window().name().toLowerCase());
        config.put("horizon_days", c.horizonDays());
        config.put("threshold", c.threshold());
        config.put("seed", c.seed());
        config.put("bootstrap_replicates", c.replicates());
        config.put("confidence_level", c.level());
        config.put("min_event_confidence", org.avow.core.confidence.ConfidenceModel.inDatasets(
                o.datasets() == null ? null : java.nio.file.Path.of(o.datasets())).threshold());
        config.put("datasets", o.datasets());
        config.put("default_source", o.defaultSource());
        config.putPOJO("fields", o.fields());
        config.put("format", o.format() == null ? "by file name" : o.format().name());
        config.putPOJO("near_duplicates", MinHash.DEFAULT);
        config.put("weights", o.weights() != null ? o.weights() : WeightTable.RESOURCE);
        config.put("master", spark.sparkContext().master());
        ObjectNode versions = m.putObject("versions");
        versions.put("avow", RunPipeline.class.getPackage().getImplementationVersion() == null ? "dev"
                : RunPipeline.class.getPackage().getImplementationVersion());
        versions.put("extractor", ExtractionModel.EXTRACTOR_VERSION);
        versions.put("weights", WeightTable.VERSION);
        versions.put("confidence", org.avow.core.confidence.ConfidenceModel.VERSION);
        versions.put("spark", spark.version());
        versions.put("corenlp", edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion() == null
                ? "4.5.10" : edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion());
        versions.put("java", System.getProperty("java.version"));
        versions.put("git_commit", gitCommit());
        ObjectNode counts = m.putObject("counts");
        counts.put("records_in", ingest.recordsIn());
        counts.put("articles", ingest.articles());
        counts.put("rejects", ingest.rejects());
        counts.put("duplicates", ingest.duplicates());
        counts.putPOJO("rejects_by_reason", ingest.rejectsByReason());
        counts.put("near_duplicate_clusters", ingest.nearDuplicateClusters());
        counts.put("near_duplicates", ingest.nearDuplicates());
        counts.put("extracted_articles", extract.articles());
        counts.put("events", extract.events());
        counts.put("held_events", extract.held());
        counts.putPOJO("events_by_act", extract.eventsByAct());
        counts.put("extraction_failures", extract.failures());
        counts.put("sentences", extract.sentences());
        counts.put("candidate_sentences", extract.candidates());
        counts.put("tokens", extract.tokens());
        counts.put("dyad_windows", windows.dyadWindows());
        counts.put("latency", windows.latency());
        counts.put("latency_summary", windows.latencySummary());
        counts.put("stances", windows.stances());
        counts.put("commitments", windows.commitments());
        // per executor JVM, how often it built the CoreNLP pipelines: 1 each means models were never reloaded
        counts.putPOJO("pipeline_loads_per_executor", extract.pipelineLoads());
        m.putPOJO("timings_ms", timings);
        ArrayNode tables = m.putArray("tables");
        for (String t : Tables.ALL) tables.add(t);
        try {
            Path tmp = out.resolve(MANIFEST + ".tmp");
            json.writeValue(tmp.toFile(), m);
            return Files.move(tmp, out.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
