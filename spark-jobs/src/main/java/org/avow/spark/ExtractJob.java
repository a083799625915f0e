package org.avow.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.ExtractionResult;
import org.avow.core.model.Actor;
import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.nlp.CoreNlpAnalyzer;
import org.avow.spark.progress.ProgressReporter;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * {@code articles} (the representative of each near-duplicate cluster) into {@code events}, {@code held_events} (events under the
 * confidence threshold), {@code mentions} (countries each article names, for
 * attention) and {@code extraction_failures}. One extractor per executor JVM, used from
 * {@code mapPartitions}; a document that throws is recorded as failed and the job goes on.
 */
public final class ExtractJob {
    public record Options(String out, String datasets, String weights, int partitions) {
        public Options(String out) {
            this(out, null, null, 0);
        }
    }

    /**
     * @param pipelineLoads per executor id, how many times its JVM had built the CoreNLP pipelines by
     *                      its last document (1 in a healthy run)
     */
    public record Result(long articles, long events, long held, Map<String, Long> eventsByAct, long failures, long sentences,
                         long candidates, long tokens, Map<String, Integer> pipelineLoads) {
    }

    /** One row per article: its events, the countries it names, and its failure if any. */
    private static final StructType DOC = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("date", DataTypes.DateType, false),
            DataTypes.createStructField("cluster_size", DataTypes.IntegerType, false),
            DataTypes.createStructField("events", DataTypes.createArrayType(Tables.EVENTS_SCHEMA, false), false),
            DataTypes.createStructField("held", DataTypes.createArrayType(Tables.EVENTS_SCHEMA, false), false),
            DataTypes.createStructField("countries", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("failure", DataTypes.StringType, true),
            DataTypes.createStructField("failure_detail", DataTypes.StringType, true),
            DataTypes.createStructField("sentences", DataTypes.IntegerType, false),
            DataTypes.createStructField("candidates", DataTypes.IntegerType, false),
            DataTypes.createStructField("tokens", DataTypes.IntegerType, false),
            DataTypes.createStructField("executor", DataTypes.StringType, false),
            DataTypes.createStructField("pipeline_loads", DataTypes.IntegerType, false)});

    private ExtractJob() {
    }

    public static Result run(SparkSession spark, Options o) {
        // one article per near-duplicate cluster; its cluster_size carries the copies as attention
        Dataset<Row> articles = spark.read().parquet(o.out() + "/" + Tables.ARTICLES).filter(col("representative"));
        if (o.partitions() > 0) articles = articles.repartition(o.partitions());
        String datasets = o.datasets();
        String weights = o.weights();
        LongAccumulator processed = spark.sparkContext().longAccumulator(ProgressReporter.DOCUMENTS);
        Dataset<Row> docs = articles.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> extractPartition(rows, datasets, weights, processed),
                Encoders.row(DOC)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> events = docs.select(explode(col("events")).as("e")).select("e.*");
            events.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(o.out() + "/" + Tables.EVENTS);
            docs.select(explode(col("held")).as("e")).select("e.*")
                    .write().mode(SaveMode.Overwrite).partitionBy("year").parquet(o.out() + "/" + Tables.HELD_EVENTS);
            docs.select(col("article_id"), col("date"), explode(col("countries")).as("country"), col("cluster_size"))
                    .write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + Tables.MENTIONS);
            docs.filter(col("failure").isNotNull())
                    .select(col("article_id"), col("failure").as("reason"), col("failure_detail").as("detail"))
                    .coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + Tables.FAILURES);
            Row totals = docs.agg(org.apache.spark.sql.functions.count("*"),
                    org.apache.spark.sql.functions.sum("sentences"), org.apache.spark.sql.functions.sum("candidates"),
                    org.apache.spark.sql.functions.sum("tokens"),
                    org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.size(col("held")))).first();
            Map<String, Integer> loads = new java.util.TreeMap<>();
            for (Row r : docs.groupBy("executor").agg(org.apache.spark.sql.functions.max("pipeline_loads")).collectAsList()) {
                loads.put(r.getString(0), r.getInt(1));
            }
            Map<String, Long> byAct = new LinkedHashMap<>();
            // (with its schema: an empty partitioned table has no file to infer it from)
            Dataset<Row> written = spark.read().schema(Tables.EVENTS_SCHEMA).parquet(o.out() + "/" + Tables.EVENTS);
            for (Row r : written.groupBy("act").count().orderBy("act").collectAsList()) byAct.put(r.getString(0), r.getLong(1));
            long failures = spark.read().parquet(o.out() + "/" + Tables.FAILURES).count();
            return new Result(totals.getLong(0), written.count(), totals.isNullAt(4) ? 0 : totals.getLong(4), byAct, failures,
                    totals.isNullAt(1) ? 0 : totals.getLong(1), totals.isNullAt(2) ? 0 : totals.getLong(2),
                    totals.isNullAt(3) ? 0 : totals.getLong(3), loads);
        } finally {
            docs.unpersist();
        }
    }

    static Iterator<Row> extractPartition(Iterator<Row> rows, String datasets, String weights, LongAccumulator processed) {
        DiscourseExtractor extractor = Extractors.get(datasets, weights);
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return rows.hasNext(); }

            @Override
            public Row next() {
                Row doc = extractOne(extractor, rows.next());
                processed.add(1);
                return doc;
            }
        };
    }

    static Row extractOne(DiscourseExtractor extractor, Row r) {
        String id = r.getAs("id");
        Date date = r.getAs("date");
        int clusterSize = r.getAs("cluster_size");
        Article a = new Article(id, date.toLocalDate(), r.getAs("title"), r.getAs("source"), r.getAs("section"),
                r.getAs("url"), r.getAs("text"));
        try {
            ExtractionResult res = extractor.extract(a);
            List<Row> events = new ArrayList<>();
            for (DiscourseEvent e : res.events()) events.add(eventRow(e, clusterSize));
            List<Row> held = new ArrayList<>();
            for (DiscourseEvent e : res.held()) held.add(eventRow(e, clusterSize));
            return RowFactory.create(id, date, clusterSize, seq(events), seq(held), seq(new ArrayList<>(res.countries())), null, null,
                    res.sentences(), res.candidates(), res.tokens(), executorId(), CoreNlpAnalyzer.loads());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
            return RowFactory.create(id, date, clusterSize, seq(List.of()), seq(List.of()), seq(List.of()), ex.getClass().getSimpleName(),
                    String.valueOf(ex.getMessage()), 0, 0, 0, executorId(), CoreNlpAnalyzer.loads());
        }
    }

    /** The executor this task runs in ("driver" in local mode). */
    private static String executorId() {
        org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
        return env == null ? "unknown" : env.executorId();
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    static Row eventRow(DiscourseEvent e, int clusterSize) {
        Actor s = e.source();
        Actor t = e.target();
        return RowFactory.create(e.id(), e.provenance().articleId(), e.provenance().sentenceIndex(),
                e.provenance().charBegin(), e.provenance().charEnd(), e.provenance().sentence(),
                s.id(), s.name(), s.country(), s.institution().name(), s.role().name(),
                t == null ? null : t.id(), t == null ? null : t.name(), t == null ? null : t.country(),
                t == null ? null : t.institution().name(), t == null ? null : t.role().name(),
                e.act().name(), e.cameo(), e.cameo().equals(org.avow.core.model.SpeechAct.CAMEO_DEMAND)
                        ? org.avow.core.model.SpeechAct.GOLDSTEIN_DEMAND : e.act().goldstein(),
                e.act().plover(), e.channel().name(), e.evidentiality().name(), e.modality(), e.polarity(), e.weight(), e.confidence(),
                Date.valueOf(e.articleDate()), Date.valueOf(e.eventDate()), e.eventDate().getYear(), clusterSize,
                e.rule(), e.extractorVersion());
    }
}
