package org.avow.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
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
import org.avow.core.ingest.ParsedRecord;
import org.avow.core.ingest.RecordParser;
import org.avow.core.ingest.RejectReason;
import org.avow.core.model.Article;
import scala.Tuple2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.HexFormat;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/**
 * JSON Lines corpora into the {@code articles} table and the {@code rejects} quarantine. Every
 * non-blank line is a record: records in = articles + rejects + duplicates, checked here. Exact
 * duplicates (same text) collapse into one article whose {@code cluster_size} counts the copies.
 */
public final class IngestJob {
    public record Options(List<String> inputs, String out, RecordParser.Fields fields, int maxTextChars, String defaultSource) {
        public Options(List<String> inputs, String out) {
            this(inputs, out, RecordParser.Fields.DEFAULT, RecordParser.DEFAULT_MAX_TEXT_CHARS, null);
        }
    }

    public record Result(long recordsIn, long articles, long rejects, long duplicates, List<Path> files) {
        public Result {
            if (recordsIn != articles + rejects + duplicates) {
                throw new IllegalStateException("ingest accounting broken: " + recordsIn + " in != " + articles
                        + " articles + " + rejects + " rejects + " + duplicates + " duplicates");
            }
        }
    }

    private static final int RAW_PREFIX = 4096;

    /** Parsed line before it is split into articles and rejects. */
    private static final StructType STAGED = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("ok", DataTypes.BooleanType, false),
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.DateType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("section", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("text_sha256", DataTypes.StringType, true),
            DataTypes.createStructField("source_file", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("detail", DataTypes.StringType, true),
            DataTypes.createStructField("raw", DataTypes.StringType, true)});

    private IngestJob() {
    }

    public static Result run(SparkSession spark, Options o) {
        List<Path> files = InputFiles.expand(o.inputs());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RecordParser.Fields fields = o.fields();
        int max = o.maxTextChars();
        String defaultSource = o.defaultSource();
        JavaRDD<Row> staged = null;
        for (Path f : files) {
            String name = f.toString();
            JavaRDD<Row> rows = jsc.textFile(name).zipWithIndex()
                    .filter(t -> !t._1().isBlank())
                    .map(t -> stage(name, t._2() + 1, t._1(), new RecordParser(fields, max, defaultSource)));
            staged = staged == null ? rows : staged.union(rows);
        }
        Dataset<Row> all = spark.createDataFrame(staged, STAGED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long recordsIn = all.count();
            Dataset<Row> ok = all.filter(col("ok"));
            WindowSpec byText = Window.partitionBy("text_sha256").orderBy("date", "id", "source_file", "line");
            Dataset<Row> clustered = ok.withColumn("cluster_size", count(lit(1)).over(Window.partitionBy("text_sha256")).cast("int"))
                    .withColumn("copy", row_number().over(byText))
                    .filter(col("copy").equalTo(1))
                    .withColumn("id_rank", row_number().over(Window.partitionBy("id").orderBy("date", "source_file", "line")))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long accepted = ok.count();
            Dataset<Row> articles = clustered.filter(col("id_rank").equalTo(1))
                    .withColumn("year", org.apache.spark.sql.functions.year(col("date")))
                    .select(names(Tables.ARTICLES_SCHEMA));
            Dataset<Row> dupIds = clustered.filter(col("id_rank").gt(1))
                    .select(col("source_file"), col("line"), lit(RejectReason.DUPLICATE_ID.name()).as("reason"),
                            col("id").as("detail"), col("text").substr(1, RAW_PREFIX).as("raw"));
            Dataset<Row> rejects = all.filter(col("ok").equalTo(false))
                    .select(col("source_file"), col("line"), col("reason"), col("detail"), col("raw"))
                    .unionByName(dupIds);
            articles.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(o.out() + "/" + Tables.ARTICLES);
            rejects.coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + Tables.REJECTS);
            long nArticles = spark.read().parquet(o.out() + "/" + Tables.ARTICLES).count();
            long nRejects = spark.read().parquet(o.out() + "/" + Tables.REJECTS).count();
            long duplicates = accepted - clustered.count();
            clustered.unpersist();
            return new Result(recordsIn, nArticles, nRejects, duplicates, files);
        } finally {
            all.unpersist();
        }
    }

    static Row stage(String file, long line, String raw, RecordParser parser) {
        ParsedRecord r = parser.parse(raw);
        if (!r.accepted()) {
            String prefix = raw.length() > RAW_PREFIX ? raw.substring(0, RAW_PREFIX) : raw;
            return RowFactory.create(false, null, null, null, null, null, null, null, null, file, line,
                    r.reason().name(), r.detail(), prefix);
        }
        Article a = r.article();
        return RowFactory.create(true, a.id(), Date.valueOf(a.date()), a.title(), a.source(), a.section(), a.url(),
                a.text(), sha256(a.text()), file, line, null, null, null);
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
