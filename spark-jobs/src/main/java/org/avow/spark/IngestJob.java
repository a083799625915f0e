package org.avow.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.avow.core.dedup.MinHash;
import org.avow.core.ingest.CorpusFormat;
import org.avow.core.ingest.ParsedRecord;
import org.avow.core.ingest.RawRecord;
import org.avow.core.ingest.RecordParser;
import org.avow.core.ingest.RejectReason;
import org.avow.core.ingest.SpeakerTurns;
import org.avow.core.model.Article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/**
 * Corpus files of every format into the {@code articles} table and the {@code rejects} quarantine.
 * Every record is an article, a reject or an exact duplicate (records in = articles + rejects +
 * duplicates, checked here); exact duplicates (same text) collapse into one article whose
 * {@code copies} counts them, and articles are then clustered by near-duplication
 * ({@link NearDuplicateClusters}).
 */
public final class IngestJob {
    /**
     * @param format a format to read every file as, or null to go by file names
     * @param dedup  the near-duplicate parameters
     */
    public record Options(List<String> inputs, String out, RecordParser.Fields fields, int maxTextChars, String defaultSource,
                          CorpusFormat format, MinHash dedup) {
        public Options(List<String> inputs, String out) {
            this(inputs, out, RecordParser.Fields.DEFAULT, RecordParser.DEFAULT_MAX_TEXT_CHARS, null, null, MinHash.DEFAULT);
        }
    }

    /**
     * @param nearDuplicateClusters clusters of two or more distinct articles
     * @param nearDuplicates        articles in such clusters other than their representative
     */
    public record Result(long recordsIn, long articles, long rejects, long duplicates, Map<String, Long> rejectsByReason,
                         long nearDuplicateClusters, long nearDuplicates, List<InputFiles.InputFile> files) {
        public Result {
            if (recordsIn != articles + rejects + duplicates) {
                throw new IllegalStateException("ingest accounting broken: " + recordsIn + " in != " + articles
                        + " articles + " + rejects + " rejects + " + duplicates + " duplicates");
            }
        }

        public List<Path> paths() {
            return files.stream().map(f -> Path.of(f.path())).toList();
        }
    }


    /** Parsed record before it is split into articles and rejects. */
    private static final StructType STAGED = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("ok", DataTypes.BooleanType, false),
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.DateType, true),
            DataTypes.createStructField("date_original", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("section", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("text_sha256", DataTypes.StringType, true),
            DataTypes.createStructField("speaker_turns", Tables.ARTICLES_SCHEMA.apply("speaker_turns").dataType(), true),
            DataTypes.createStructField("source_file", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("detail", DataTypes.StringType, true),
            DataTypes.createStructField("raw", DataTypes.StringType, true)});

    private IngestJob() {
    }

    public static Result run(SparkSession spark, Options o) {
        List<InputFiles.InputFile> files = InputFiles.expand(o.inputs(), o.format());
        Dataset<Row> all = spark.createDataFrame(read(spark, files, o), STAGED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long recordsIn = all.count();
            Dataset<Row> ok = all.filter(col("ok"));
            WindowSpec byText = Window.partitionBy("text_sha256").orderBy("date", "id", "source_file", "line");
            Dataset<Row> distinct = ok.withColumn("copies", count(lit(1)).over(Window.partitionBy("text_sha256")).cast("int"))
                    .withColumn("copy", row_number().over(byText))
                    .filter(col("copy").equalTo(1))
                    .withColumn("id_rank", row_number().over(Window.partitionBy("id").orderBy("date", "source_file", "line")))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long accepted = ok.count();
            Dataset<Row> unique = distinct.filter(col("id_rank").equalTo(1));
            Dataset<Row> articles = NearDuplicateClusters.assign(spark, unique, o.dedup())
                    .withColumn("year", org.apache.spark.sql.functions.year(col("date")))
                    .select(names(Tables.ARTICLES_SCHEMA));
            Dataset<Row> dupIds = distinct.filter(col("id_rank").gt(1))
                    .select(col("source_file"), col("line"), lit(RejectReason.DUPLICATE_ID.name()).as("reason"),
                            col("id").as("detail"), col("text").substr(1, RejectReason.RAW_LIMIT).as("raw"));
            Dataset<Row> rejects = all.filter(col("ok").equalTo(false))
                    .select(col("source_file"), col("line"), col("reason"), col("detail"), col("raw"))
                    .unionByName(dupIds);
            articles.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(o.out() + "/" + Tables.ARTICLES);
            rejects.coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + Tables.REJECTS);
            Dataset<Row> writtenArticles = spark.read().parquet(o.out() + "/" + Tables.ARTICLES);
            Dataset<Row> writtenRejects = spark.read().parquet(o.out() + "/" + Tables.REJECTS);
            Map<String, Long> byReason = new LinkedHashMap<>();
            for (Row r : writtenRejects.groupBy("reason").count().orderBy("reason").collectAsList()) byReason.put(r.getString(0), r.getLong(1));
            Row clusters = writtenArticles.filter(col("cluster_size").gt(col("copies")))
                    .agg(org.apache.spark.sql.functions.countDistinct("cluster_id"), count(lit(1))).first();
            long duplicates = accepted - distinct.count();
            distinct.unpersist();
            return new Result(recordsIn, writtenArticles.count(), writtenRejects.count(), duplicates, byReason,
                    clusters.getLong(0), clusters.getLong(1) - clusters.getLong(0), files);
        } finally {
            all.unpersist();
        }
    }

    /** Every record of every file, staged: JSON Lines and Parquet split by Spark, other formats file by file. */
    private static JavaRDD<Row> read(SparkSession spark, List<InputFiles.InputFile> files, Options o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RecordParser.Fields fields = o.fields();
        int max = o.maxTextChars();
        String defaultSource = o.defaultSource();
        List<JavaRDD<Row>> parts = new ArrayList<>();
        List<InputFiles.InputFile> byFile = new ArrayList<>();
        for (InputFiles.InputFile f : files) {
            String name = f.path();
            switch (f.format()) {
                case JSONL -> parts.add(jsc.textFile(name).zipWithIndex()
                        .filter(t -> !t._1().isBlank())
                        .map(t -> stage(name, RawRecord.json(t._2() + 1, t._1()), new RecordParser(fields, max, defaultSource))));
                case PARQUET -> parts.add(parquet(spark, jsc, name, new RecordParser(fields, max, defaultSource)));
                default -> byFile.add(f);
            }
        }
        if (!byFile.isEmpty()) {
            int slices = Math.max(1, Math.min(byFile.size(), spark.sparkContext().defaultParallelism() * 4));
            parts.add(jsc.parallelize(byFile, slices).flatMap((FlatMapFunction<InputFiles.InputFile, Row>) f ->
                    readFile(f, new RecordParser(fields, max, defaultSource))));
        }
        JavaRDD<Row> staged = parts.get(0);
        for (int i = 1; i < parts.size(); i++) staged = staged.union(parts.get(i));
        return staged;
    }

    /** Parquet rows become JSON objects for the one parser; a file whose footer or schema Spark cannot read is one reject. */
    private static JavaRDD<Row> parquet(SparkSession spark, JavaSparkContext jsc, String name, RecordParser parser) {
        Dataset<Row> rows;
        try {
            rows = spark.read().parquet(name);
            rows.schema();
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            return jsc.parallelize(List.of(rejectRow(name, 0, RejectReason.MALFORMED_PARQUET, String.valueOf(e.getMessage()), null)), 1);
        }
        return rows.toJSON().javaRDD().zipWithIndex().map(t -> stage(name, RawRecord.json(t._2(), t._1()), parser));
    }

    /** A file's records, read lazily; the reader is closed when the last is taken. */
    private static Iterator<Row> readFile(InputFiles.InputFile f, RecordParser parser) {
        Stream<RawRecord> records = f.format().reader().read(Path.of(f.path()), f.name(), parser.fields());
        Iterator<RawRecord> it = records.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = it.hasNext();
                if (!more) records.close();
                return more;
            }

            @Override
            public Row next() {
                return stage(f.path(), it.next(), parser);
            }
        };
    }

    static Row stage(String file, RawRecord raw, RecordParser parser) {
        ParsedRecord r = parser.parse(raw);
        if (!r.accepted()) return rejectRow(file, raw.position(), r.reason(), r.detail(), raw.raw());
        Article a = r.article();
        List<Row> turns = new ArrayList<>();
        for (SpeakerTurns.Turn t : SpeakerTurns.of(a.text())) turns.add(RowFactory.create(t.speaker(), t.begin(), t.end()));
        return RowFactory.create(true, a.id(), Date.valueOf(a.date()), r.originalDate(), a.title(), a.source(), a.section(),
                a.url(), a.text(), sha256(a.text()), scala.jdk.javaapi.CollectionConverters.asScala(turns).toList(), file,
                raw.position(), null, null, null);
    }

    private static Row rejectRow(String file, long position, RejectReason reason, String detail, String raw) {
        return RowFactory.create(false, null, null, null, null, null, null, null, null, null, null, file, position,
                reason.name(), detail, RejectReason.rawPrefix(raw));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static org.apache.spark.sql.Column[] names(StructType schema) {
        return java.util.Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new);
    }
}
