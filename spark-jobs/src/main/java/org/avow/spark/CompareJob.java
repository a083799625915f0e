package org.avow.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.avow.core.compare.Measures;

import java.util.List;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * {@code events} into {@code dyad_windows}: for the patron and each ally, per month, counts and
 * weights of the ally's requests and pledges to the patron, the patron's affirmations of the ally,
 * the ally's disappointment, the patron's declines, rivals' rebukes of the ally, the affirmation
 * ratio, the gap and its cumulative sum, and attention (articles naming both, with their copies).
 */
public final class CompareJob {
    public record Options(String out, String patron, List<String> allies, List<String> rivals) {
    }

    private static final String[] MEASURES = {"requests", "pledges", "affirmations", "disappointments", "declines", "rival_rebukes"};

    private CompareJob() {
    }

    public static long run(SparkSession spark, Options o) {
        Dataset<Row> events = spark.read().parquet(o.out() + "/" + Tables.EVENTS);
        String p = o.patron();
        Column src = col("source_country");
        Column tgt = col("target_country");
        Column rival = src.isin((Object[]) o.rivals().toArray(new String[0]));
        Column ally = when(src.equalTo(p), tgt).when(tgt.equalTo(p), src).when(rival, tgt);
        Column measure = when(src.notEqual(p).and(tgt.equalTo(p)).and(col("act").equalTo("REQUEST")), "requests")
                .when(src.notEqual(p).and(tgt.equalTo(p)).and(col("act").equalTo("PLEDGE")), "pledges")
                .when(src.equalTo(p).and(col("act").equalTo("AFFIRM")), "affirmations")
                .when(src.notEqual(p).and(tgt.equalTo(p)).and(col("act").equalTo("DISAPPOINT")), "disappointments")
                .when(src.equalTo(p).and(col("act").equalTo("DECLINE")), "declines")
                .when(rival.and(col("act").equalTo("REBUKE")), "rival_rebukes");
        Dataset<Row> coded = events
                .withColumn("ally", ally)
                .withColumn("measure", measure)
                .filter(col("ally").isin((Object[]) o.allies().toArray(new String[0])).and(col("measure").isNotNull()))
                .withColumn("window_start", to_date(date_trunc("month", col("event_date"))));
        Dataset<Row> counts = coded.groupBy("ally", "window_start").pivot("measure", List.of((Object[]) MEASURES))
                .agg(count(lit(1)).as("n"), sum("weight").as("w"));

        Dataset<Row> mentions = spark.read().parquet(o.out() + "/" + Tables.MENTIONS);
        Dataset<Row> perArticle = mentions.groupBy("article_id", "date", "cluster_size").agg(collect_set("country").as("cs"))
                .filter(array_contains(col("cs"), p));
        Dataset<Row> attention = null;
        for (String a : o.allies()) {
            Dataset<Row> one = perArticle.filter(array_contains(col("cs"), a))
                    .groupBy(to_date(date_trunc("month", col("date"))).as("window_start"))
                    .agg(count(lit(1)).as("articles"), sum("cluster_size").as("attention"))
                    .withColumn("ally", lit(a));
            attention = attention == null ? one : attention.unionByName(one);
        }

        Dataset<Row> joined = counts.join(attention, new String[]{"ally", "window_start"}, "full_outer");
        for (String m : MEASURES) {
            joined = joined.withColumn(m, coalesce(col(m + "_n"), lit(0L)))
                    .withColumn(m.replaceAll("s$", "") + "_weight", coalesce(col(m + "_w"), lit(0.0)));
        }
        UserDefinedFunction ratio = udf((Double aw, Double rw, Double pw) -> Measures.affirmationRatio(aw, rw, pw),
                DataTypes.DoubleType);
        UserDefinedFunction gap = udf((Double aw, Double rw, Double pw) -> Measures.gap(aw, rw, pw), DataTypes.DoubleType);
        Dataset<Row> windows = joined
                .withColumn("patron", lit(p))
                .withColumn("window", date_format(col("window_start"), "yyyy-MM"))
                .withColumn("articles", coalesce(col("articles"), lit(0L)))
                .withColumn("attention", coalesce(col("attention"), lit(0L)))
                .withColumn("affirmation_ratio", ratio.apply(col("affirmation_weight"), col("request_weight"), col("pledge_weight")))
                .withColumn("gap", gap.apply(col("affirmation_weight"), col("request_weight"), col("pledge_weight")))
                .withColumn("cumulative_gap", sum("gap").over(Window.partitionBy("ally").orderBy("window_start")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .select(col("patron"), col("ally"), col("window"), col("window_start"),
                        col("requests"), col("request_weight"), col("pledges"), col("pledge_weight"),
                        col("affirmations"), col("affirmation_weight"), col("disappointments"),
                        col("disappointment_weight"), col("declines"), col("decline_weight"),
                        col("rival_rebukes"), col("rival_rebuke_weight"), col("affirmation_ratio"), col("gap"),
                        col("cumulative_gap"), col("articles"), col("attention"))
                .orderBy("ally", "window_start");
        windows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + Tables.DYAD_WINDOWS);
        return spark.read().parquet(o.out() + "/" + Tables.DYAD_WINDOWS).count();
    }
}
