package org.avow.core.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.avow.core.eval.GoldRecord;
import org.avow.core.model.Article;
import org.avow.core.model.SpeechAct;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic corpus: {@code part-NNNNN.jsonl.gz} files in the corpus format {@code avow run}
 * reads, and {@code truth.gold.gz}, every article in the gold format (a corpus record plus its
 * {@code events}) that {@code avow eval --gold} reads, named so that a run over the folder does not
 * take it for input. Streams to gzip, one part per task; the bytes depend only on the options, never
 * on the number of threads.
 */
public final class CorpusGenerator {
    public static final String TRUTH = "truth.gold.gz";
    public static final String SUMMARY = "generation.json";
    /** Relevant articles are spread exactly over each block of this many consecutive articles. */
    static final int BLOCK = 100;
    private static final long BLOCK_SALT = 0x5DEECE66DL;
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

    public record Options(long articles, double relevantShare, long seed, Path out, int articlesPerFile, int threads) {
        public Options {
            if (articles < 1) throw new IllegalArgumentException("--articles must be at least 1");
            if (!(relevantShare >= 0 && relevantShare <= 1)) throw new IllegalArgumentException("--relevant-share must be in [0, 1]");
            if (articlesPerFile < 1) throw new IllegalArgumentException("articles per file must be at least 1");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** What was written. */
    public record Summary(long articles, long relevant, Map<SpeechAct, Long> eventsByAct, List<Path> files, Path truth,
                          long textChars) {
        public long events() {
            return eventsByAct.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Part(long articles, long relevant, long[] eventsByAct, long textChars) {
    }

    private CorpusGenerator() {
    }

    /**
     * True when article {@code index} of the corpus states acts: in every block of {@value #BLOCK}
     * articles the count is the share of the block (cumulatively rounded), on positions the seed shuffles.
     */
    public static boolean isRelevant(long seed, long index, double share) {
        long block = index / BLOCK;
        long count = (long) Math.floor((block + 1) * BLOCK * share + 1e-9) - (long) Math.floor(block * BLOCK * share + 1e-9);
        if (count <= 0) return false;
        if (count >= BLOCK) return true;
        SplittableRandom rnd = new SplittableRandom(ArticleGenerator.mix(seed ^ BLOCK_SALT, block));
        int[] order = new int[BLOCK];
        for (int i = 0; i < BLOCK; i++) order[i] = i;
        for (int i = BLOCK - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
        int position = (int) (index % BLOCK);
        for (int i = 0; i < count; i++) if (order[i] == position) return true;
        return false;
    }

    public static Summary write(GeneratorModel model, Options o) throws IOException {
        Files.createDirectories(o.out());
        try (Stream<Path> existing = Files.list(o.out())) {
            if (existing.findAny().isPresent()) throw new IOException("output folder is not empty: " + o.out());
        }
        ArticleGenerator generator = new ArticleGenerator(model);
        int parts = (int) ((o.articles() + o.articlesPerFile() - 1) / o.articlesPerFile());
        List<Path> files = new ArrayList<>();
        List<Path> truthChunks = new ArrayList<>();
        List<Future<Part>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(o.threads(), parts));
        try {
            for (int p = 0; p < parts; p++) {
                long from = (long) p * o.articlesPerFile();
                long to = Math.min(o.articles(), from + o.articlesPerFile());
                Path file = o.out().resolve(String.format("part-%05d.jsonl.gz", p));
                Path chunk = o.out().resolve(String.format(".truth-%05d.tmp", p));
                files.add(file);
                truthChunks.add(chunk);
                futures.add(pool.submit(() -> writePart(generator, o, from, to, file, chunk)));
            }
            long articles = 0;
            long relevant = 0;
            long chars = 0;
            long[] byAct = new long[SpeechAct.values().length];
            for (Future<Part> f : futures) {
                Part part = f.get();
                articles += part.articles();
                relevant += part.relevant();
                chars += part.textChars();
                for (int i = 0; i < byAct.length; i++) byAct[i] += part.eventsByAct()[i];
            }
            // gzip members concatenated are one gzip stream
            Path truth = o.out().resolve(TRUTH);
            try (OutputStream out = Files.newOutputStream(truth)) {
                for (Path chunk : truthChunks) {
                    try (InputStream in = Files.newInputStream(chunk)) {
                        in.transferTo(out);
                    }
                    Files.delete(chunk);
                }
            }
            Map<SpeechAct, Long> events = new EnumMap<>(SpeechAct.class);
            for (SpeechAct a : SpeechAct.values()) events.put(a, byAct[a.ordinal()]);
            Summary summary = new Summary(articles, relevant, events, List.copyOf(files), truth, chars);
            writeSummary(o, summary);
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Part writePart(ArticleGenerator generator, Options o, long from, long to, Path file, Path chunk) throws IOException {
        long relevant = 0;
        long chars = 0;
        long[] byAct = new long[SpeechAct.values().length];
        try (JsonGenerator corpus = JSON.createGenerator(gzip(file));
             JsonGenerator truth = JSON.createGenerator(gzip(chunk))) {
            for (long i = from; i < to; i++) {
                GeneratedArticle a = generator.generate(o.seed(), i, isRelevant(o.seed(), i, o.relevantShare()));
                corpus.writeStartObject();
                record(corpus, a.article());
                corpus.writeEndObject();
                corpus.writeRaw('\n');
                truth.writeStartObject();
                record(truth, a.article());
                truth.writeArrayFieldStart("events");
                for (GoldRecord.GoldEvent e : a.events()) {
                    truth.writeStartObject();
                    truth.writeStringField("source", e.triple().source());
                    truth.writeStringField("act", e.triple().act().name());
                    if (e.triple().target().equals("-")) truth.writeNullField("target");
                    else truth.writeStringField("target", e.triple().target());
                    if (e.sourceRole() != null) truth.writeStringField("source_role", e.sourceRole());
                    if (e.channel() != null) truth.writeStringField("channel", e.channel().name());
                    truth.writeEndObject();
                    byAct[e.triple().act().ordinal()]++;
                }
                truth.writeEndArray();
                truth.writeEndObject();
                truth.writeRaw('\n');
                if (a.relevant()) relevant++;
                chars += a.article().text().length();
            }
        }
        return new Part(to - from, relevant, byAct, chars);
    }

    private static void record(JsonGenerator g, Article a) throws IOException {
        g.writeStringField("id", a.id());
        g.writeStringField("date", a.date().toString());
        g.writeStringField("title", a.title());
        g.writeStringField("source", a.source());
        g.writeStringField("section", a.section());
        g.writeStringField("text", a.text());
    }

    private static OutputStream gzip(Path file) throws IOException {
        return new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
    }

    private static void writeSummary(Options o, Summary s) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(o.out().resolve(SUMMARY)))) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("generator", "avow generate");
            g.writeNumberField("articles", s.articles());
            g.writeNumberField("relevant_share", o.relevantShare());
            g.writeNumberField("seed", o.seed());
            g.writeNumberField("articles_per_file", o.articlesPerFile());
            g.writeNumberField("relevant_articles", s.relevant());
            g.writeNumberField("events", s.events());
            g.writeObjectFieldStart("events_by_act");
            for (var e : s.eventsByAct().entrySet()) g.writeNumberField(e.getKey().name(), e.getValue());
            g.writeEndObject();
            g.writeNumberField("text_chars", s.textChars());
            g.writeArrayFieldStart("files");
            for (Path f : s.files()) g.writeString(f.getFileName().toString());
            g.writeEndArray();
            g.writeStringField("truth", TRUTH);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
