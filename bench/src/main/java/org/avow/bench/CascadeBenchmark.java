package org.avow.bench;

import org.avow.core.eval.Triple;
import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.ExtractionModel;
import org.avow.core.ingest.ParsedRecord;
import org.avow.core.ingest.RecordParser;
import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.nlp.CoreNlpAnalyzer;
import org.avow.core.nlp.FullPipelineAnalyzer;
import org.avow.core.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One side of the cascade benchmark, in its own JVM so that its peak memory is its own:
 * {@code baseline} runs CoreNLP {@code tokenize,ssplit,pos,lemma,ner,depparse} on every sentence and
 * then the rules; {@code cascade} is what the jobs run. Both read the same first {@code --limit}
 * records of the inputs, process {@code --warmup} of them untimed, and time the rest on one thread
 * (so tokens per CPU second are tokens per second per core). Writes each document's distinct
 * (source, act, target) triples, one {@code id<TAB>SRC ACT TGT} line each, and prints one line of figures; {@link CompareRuns} reads both.
 *
 * <p>{@code java ... CascadeBenchmark --mode baseline|cascade --out FILE [--limit N] [--warmup N]
 * [--default-source S] INPUT...}
 */
public final class CascadeBenchmark {
    private CascadeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String mode = null;
        Path out = null;
        int limit = Integer.MAX_VALUE;
        int warmup = 10;
        String defaultSource = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--default-source" -> defaultSource = args[++i];
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (mode == null || out == null || inputs.isEmpty()) {
            System.err.println("usage: CascadeBenchmark --mode baseline|cascade --out FILE [--limit N] [--warmup N] INPUT...");
            System.exit(2);
        }
        List<Article> articles = read(inputs, limit, defaultSource);
        long loadStart = System.nanoTime();
        TextAnalyzer analyzer = switch (mode) {
            case "baseline" -> new FullPipelineAnalyzer();
            case "cascade" -> CoreNlpAnalyzer.shared();
            default -> throw new IllegalArgumentException("mode must be baseline or cascade: " + mode);
        };
        DiscourseExtractor extractor = new DiscourseExtractor(analyzer, ExtractionModel.shipped(),
                DiscourseExtractor.DEFAULT_BUDGET_MILLIS * 10, true);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokens = 0, sentences = 0, tagged = 0, parsed = 0, events = 0, cpu = 0, wall = 0;
        int timed = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                List<DiscourseExtractor.SentenceTrace> traces = extractor.trace(a);
                long c1 = threads.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                // per document a set of triples, as avow eval scores them
                java.util.Set<Triple> triples = new java.util.LinkedHashSet<>();
                for (DiscourseExtractor.SentenceTrace t : traces) {
                    for (DiscourseEvent e : t.events()) triples.add(Triple.of(e));
                }
                for (Triple t : triples) w.println(a.id() + "\t" + t);
                if (i < warmup) continue;
                timed++;
                cpu += c1 - c0;
                wall += w1 - w0;
                for (DiscourseExtractor.SentenceTrace t : traces) {
                    sentences++;
                    tokens += t.sentence().size();
                    if (t.sentence().tagged()) tagged++;
                    if (t.sentence().graph() != null) parsed++;
                    events += t.events().size();
                }
            }
        }
        System.out.printf(Locale.ROOT,
                "RESULT mode=%s docs=%d sentences=%d tagged=%d parsed=%d tokens=%d events=%d cpu_s=%.2f wall_s=%.2f "
                        + "tokens_per_cpu_s=%.0f load_s=%.1f peak_rss_mb=%d heap_max_mb=%d pipeline_loads=%d%n",
                mode, timed, sentences, tagged, parsed, tokens, events, cpu / 1e9, wall / 1e9,
                tokens / (cpu / 1e9), loadSeconds, peakRssMb(), Runtime.getRuntime().maxMemory() >> 20,
                CoreNlpAnalyzer.loads());
    }

    static List<Article> read(List<Path> inputs, int limit, String defaultSource) throws IOException {
        RecordParser parser = new RecordParser(RecordParser.Fields.DEFAULT, RecordParser.DEFAULT_MAX_TEXT_CHARS, defaultSource);
        List<Article> out = new ArrayList<>();
        for (Path p : inputs) {
            try (InputStream raw = Files.newInputStream(p);
                 InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null && out.size() < limit) {
                    if (line.isBlank()) continue;
                    ParsedRecord rec = parser.parse(line);
                    if (rec.accepted()) out.add(rec.article());
                }
            }
        }
        return out;
    }

    /** The JVM's peak resident set (VmHWM), in MB; -1 where /proc is not there. */
    static long peakRssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
