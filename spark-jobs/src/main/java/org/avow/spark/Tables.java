package org.avow.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The output tables' names and explicit schemas: a stable interchange format (see README). */
public final class Tables {
    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String EVENTS = "events";
    public static final String MENTIONS = "mentions";
    public static final String FAILURES = "extraction_failures";
    public static final String DYAD_WINDOWS = "dyad_windows";

    public static final StructType ARTICLES_SCHEMA = schema(
            f("id", StringType, false), f("date", DateType, false), f("date_original", StringType, true),
            f("year", IntegerType, false),
            f("title", StringType, true), f("source", StringType, true), f("section", StringType, true),
            f("url", StringType, true), f("text", StringType, false), f("text_sha256", StringType, false),
            f("source_file", StringType, false), f("line", LongType, false), f("copies", IntegerType, false),
            f("cluster_id", StringType, false), f("cluster_size", IntegerType, false), f("representative", BooleanType, false),
            f("speaker_turns", DataTypes.createArrayType(schema(f("speaker", StringType, false),
                    f("char_begin", IntegerType, false), f("char_end", IntegerType, false)), false), false));

    public static final StructType REJECTS_SCHEMA = schema(
            f("source_file", StringType, false), f("line", LongType, false), f("reason", StringType, false),
            f("detail", StringType, true), f("raw", StringType, true));

    public static final StructType EVENTS_SCHEMA = schema(
            f("event_id", StringType, false), f("article_id", StringType, false),
            f("sentence_index", IntegerType, false), f("char_begin", IntegerType, false), f("char_end", IntegerType, false),
            f("evidence", StringType, false),
            f("source_actor_id", StringType, false), f("source_name", StringType, true),
            f("source_country", StringType, false), f("source_institution", StringType, false),
            f("source_role", StringType, false),
            f("target_actor_id", StringType, true), f("target_name", StringType, true),
            f("target_country", StringType, true), f("target_institution", StringType, true),
            f("target_role", StringType, true),
            f("act", StringType, false), f("cameo", StringType, false), f("goldstein", DoubleType, false),
            f("plover", StringType, true), f("channel", StringType, false), f("evidentiality", StringType, false),
            f("modality", DoubleType, false), f("polarity", IntegerType, false), f("weight", DoubleType, false),
            f("article_date", DateType, false), f("event_date", DateType, false), f("year", IntegerType, false),
            f("cluster_size", IntegerType, false), f("rule", StringType, false), f("extractor_version", StringType, false));

    public static final StructType MENTIONS_SCHEMA = schema(
            f("article_id", StringType, false), f("date", DateType, false), f("country", StringType, false),
            f("cluster_size", IntegerType, false));

    public static final StructType FAILURES_SCHEMA = schema(
            f("article_id", StringType, false), f("reason", StringType, false), f("detail", StringType, true));

    private Tables() {
    }

    private static StructField f(String name, org.apache.spark.sql.types.DataType t, boolean nullable) {
        return new StructField(name, t, nullable, Metadata.empty());
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
