package org.avow.spark;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.avow.core.compare.Bootstrap;
import org.avow.core.compare.CommitmentTopics;
import org.avow.core.compare.Latency;
import org.avow.core.compare.Measures;
import org.avow.core.compare.WindowSize;
import org.avow.core.data.Tsv;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * {@code events} into the comparison's tables. {@code dyad_windows}: for the patron and each ally,
 * per window, counts and weights of the ally's requests, pledges and disappointment toward the
 * patron, the patron's affirmations of the ally and declines, rivals' rebukes of the ally, the
 * affirmation ratio and gap with bootstrap intervals, the cumulative gap, and attention.
 * {@code latency} (per request) and {@code latency_summary} (per dyad and year); the derived views
 * {@code stances} and {@code commitments}. The measures themselves are {@code org.avow.core.compare}.
 */
public final class CompareJob {
    /** How the comparison is made; every field is recorded in the manifest. */
    public record Settings(WindowSize window, int horizonDays, double threshold, long seed, int replicates, double level)
            implements java.io.Serializable {
        public static final Settings DEFAULT = new Settings(WindowSize.MONTH, 60, 0.1, 7, 1000, 0.95);

        public Settings {
            if (horizonDays < 0) throw new IllegalArgumentException("horizon must not be negative: " + horizonDays);
            if (replicates < 1) throw new IllegalArgumentException("bootstrap replicates must be positive: " + replicates);
            if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0,1): " + level);
            if (threshold < 0) throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
    }

    public record Options(String out, String patron, List<String> allies, List<String> rivals, Settings settings,
                          String datasets) {
        public Options(String out, String patron, List<String> allies, List<String> rivals) {
            this(out, patron, allies, rivals, Settings.DEFAULT, null);
        }
    }

    public record Result(long dyadWindows, long latency, long latencySummary, long stances, long commitments) {
    }

    static final String[] MEASURES = {"requests", "pledges", "affirmations", "disappointments", "declines", "rival_rebukes"};

    private CompareJob() {
    }

    public static Result run(SparkSession spark, Options o) {
        Dataset<Row> events = spark.read().schema(Tables.EVENTS_SCHEMA).parquet(o.out() + "/" + Tables.EVENTS);
        WindowSize w = o.settings().window();
        UserDefinedFunction windowStart = udf((Date d) -> Date.valueOf(w.start(d.toLocalDate())), DataTypes.DateType);
        UserDefinedFunction windowLabel = udf((Date d) -> w.label(d.toLocalDate()), DataTypes.StringType);
        Dataset<Row> windowed = events
                .withColumn("window_start", windowStart.apply(col("event_date")))
                .withColumn("window", windowLabel.apply(col("event_date")));
        Dataset<Row> coded = dyadEvents(windowed, o).cache();
        try {
            write(dyadWindows(spark, coded, o, windowStart, windowLabel), o, Tables.DYAD_WINDOWS);
            write(latency(spark, coded, o), o, Tables.LATENCY);
            write(latencySummary(spark.read().parquet(o.out() + "/" + Tables.LATENCY), o), o, Tables.LATENCY_SUMMARY);
            write(stances(windowed), o, Tables.STANCES);
            write(commitments(events, o), o, Tables.COMMITMENTS);
        } finally {
            coded.unpersist();
        }
        return new Result(rows(spark, o, Tables.DYAD_WINDOWS), rows(spark, o, Tables.LATENCY),
                rows(spark, o, Tables.LATENCY_SUMMARY), rows(spark, o, Tables.STANCES), rows(spark, o, Tables.COMMITMENTS));
    }

    /** Each event that counts for a dyad, with its ally and measure; other events are dropped. */
    static Dataset<Row> dyadEvents(Dataset<Row> events, Options o) {
        String p = o.patron();
        Column src = col("source_country");
        Column tgt = col("target_country");
        Column act = col("act");
        Column rival = src.isin((Object[]) o.rivals().toArray(new String[0]));
        Column toPatron = src.notEqual(p).and(tgt.equalTo(p));
        Column ally = when(src.equalTo(p), tgt).when(tgt.equalTo(p), src).when(rival, tgt);
        Column measure = when(toPatron.and(act.equalTo("REQUEST")), "requests")
                .when(toPatron.and(act.equalTo("PLEDGE")), "pledges")
                .when(src.equalTo(p).and(act.equalTo("AFFIRM")), "affirmations")
                .when(toPatron.and(act.equalTo("DISAPPOINT")), "disappointments")
                .when(src.equalTo(p).and(act.equalTo("DECLINE")), "declines")
                .when(rival.and(act.equalTo("REBUKE")), "rival_rebukes");
        return events.withColumn("ally", ally).withColumn("measure", measure)
                .filter(col("ally").isin((Object[]) o.allies().toArray(new String[0])).and(col("measure").isNotNull()));
    }

    static Dataset<Row> dyadWindows(SparkSession spark, Dataset<Row> coded, Options o, UserDefinedFunction windowStart,
                                    UserDefinedFunction windowLabel) {
        String p = o.patron();
        Dataset<Row> counts = coded.groupBy("ally", "window_start").pivot("measure", List.of((Object[]) MEASURES))
                .agg(count(lit(1)).as("n"), sum("weight").as("w"));

        // attention: articles naming both states, by article date; with their syndicated copies when known
        Dataset<Row> mentions = spark.read().parquet(o.out() + "/" + Tables.MENTIONS);
        Column copies = Arrays.asList(mentions.columns()).contains("cluster_size") ? col("cluster_size") : lit(1);
        Dataset<Row> perArticle = mentions.groupBy(col("article_id"), col("date"), copies.as("copies"))
                .agg(collect_set("country").as("cs")).filter(array_contains(col("cs"), p));
        Dataset<Row> attention = null;
        for (String a : o.allies()) {
            Dataset<Row> one = perArticle.filter(array_contains(col("cs"), a))
                    .groupBy(windowStart.apply(col("date")).as("window_start"))
                    .agg(count(lit(1)).as("articles"), sum("copies").cast("long").as("attention"))
                    .withColumn("ally", lit(a));
            attention = attention == null ? one : attention.unionByName(one);
        }

        Dataset<Row> joined = counts.join(attention, new String[]{"ally", "window_start"}, "full_outer")
                .join(intervals(coded, o), new String[]{"ally", "window_start"}, "left_outer");
        for (String m : MEASURES) {
            joined = joined.withColumn(m, coalesce(col(m + "_n"), lit(0L)))
                    .withColumn(m.replaceAll("s$", "") + "_weight", coalesce(col(m + "_w"), lit(0.0)));
        }
        UserDefinedFunction ratio = udf((Double aw, Double rw, Double pw) -> Measures.affirmationRatio(aw, rw, pw),
                DataTypes.DoubleType);
        UserDefinedFunction gap = udf((Double aw, Double rw, Double pw) -> Measures.gap(aw, rw, pw), DataTypes.DoubleType);
        Column[] weights = {col("affirmation_weight"), col("request_weight"), col("pledge_weight")};
        return joined
                .withColumn("patron", lit(p))
                .withColumn("window", windowLabel.apply(col("window_start")))
                .withColumn("window_size", lit(o.settings().window().name().toLowerCase()))
                .withColumn("articles", coalesce(col("articles"), lit(0L)))
                .withColumn("attention", coalesce(col("attention"), lit(0L)))
                .withColumn("affirmation_ratio", ratio.apply(weights))
                .withColumn("gap", gap.apply(weights))
                .withColumn("cumulative_gap", sum("gap").over(Window.partitionBy("ally").orderBy("window_start")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .select(Arrays.stream(Tables.DYAD_WINDOWS_SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
                        .toArray(Column[]::new))
                .orderBy("ally", "window_start");
    }

    /** Bootstrap intervals per ally and window, resampling the window's articles (see {@link Bootstrap}). */
    static Dataset<Row> intervals(Dataset<Row> coded, Options o) {
        Settings s = o.settings();
        Dataset<Row> perArticle = coded.filter(col("measure").isin("requests", "pledges", "affirmations"))
                .groupBy("ally", "window_start", "window", "article_id")
                .agg(sum(when(col("measure").equalTo("requests"), col("weight")).otherwise(0.0)).as("r"),
                        sum(when(col("measure").equalTo("pledges"), col("weight")).otherwise(0.0)).as("p"),
                        sum(when(col("measure").equalTo("affirmations"), col("weight")).otherwise(0.0)).as("a"));
        return perArticle
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("ally") + "\t" + r.getAs("window"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> {
                    List<Bootstrap.ArticleWeights> articles = new ArrayList<>();
                    Row first = null;
                    while (rows.hasNext()) {
                        Row r = rows.next();
                        if (first == null) first = r;
                        articles.add(new Bootstrap.ArticleWeights(r.getAs("article_id"), r.getAs("r"), r.getAs("p"), r.getAs("a")));
                    }
                    String[] k = key.split("\t");
                    Bootstrap.Intervals ci = Bootstrap.intervals(articles, s.replicates(), Bootstrap.windowSeed(s.seed(), k[0], k[1]),
                            s.level());
                    return List.of(RowFactory.create(k[0], first.getAs("window_start"), ci.ratioLow(), ci.ratioHigh(),
                            ci.gapLow(), ci.gapHigh())).iterator();
                }, Encoders.row(INTERVALS));
    }

    private static final org.apache.spark.sql.types.StructType INTERVALS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("ally", DataTypes.StringType, false),
            DataTypes.createStructField("window_start", DataTypes.DateType, false),
            DataTypes.createStructField("ratio_ci_low", DataTypes.DoubleType, true),
            DataTypes.createStructField("ratio_ci_high", DataTypes.DoubleType, true),
            DataTypes.createStructField("gap_ci_low", DataTypes.DoubleType, true),
            DataTypes.createStructField("gap_ci_high", DataTypes.DoubleType, true)));

    /** One row per request of an ally to the patron: answered by the first qualifying affirmation, or censored. */
    static Dataset<Row> latency(SparkSession spark, Dataset<Row> coded, Options o) {
        Settings s = o.settings();
        String patron = o.patron();
        Row end = spark.read().parquet(o.out() + "/" + Tables.ARTICLES).agg(max("date")).first();
        LocalDate observationEnd = end.isNullAt(0) ? LocalDate.of(1970, 1, 1) : end.getDate(0).toLocalDate();
        Dataset<Row> relevant = coded.filter(col("measure").equalTo("requests")
                .or(col("measure").equalTo("affirmations").and(col("weight").geq(s.threshold()))));
        return relevant
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("ally"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (ally, rows) -> {
                    List<Row> requests = new ArrayList<>();
                    List<Row> affirmations = new ArrayList<>();
                    rows.forEachRemaining(r -> (r.getAs("measure").equals("requests") ? requests : affirmations).add(r));
                    List<LocalDate> dates = affirmations.stream().map(r -> ((Date) r.getAs("event_date")).toLocalDate()).toList();
                    List<Row> out = new ArrayList<>();
                    for (Row q : requests) {
                        LocalDate asked = ((Date) q.getAs("event_date")).toLocalDate();
                        Latency.Response res = Latency.respond(asked, dates, s.horizonDays(), observationEnd);
                        // the answering event: the strongest qualifying affirmation of that day
                        Row answer = res.answered() ? affirmations.stream()
                                .filter(a -> ((Date) a.getAs("event_date")).toLocalDate().equals(res.answeredOn()))
                                .max(Comparator.comparingDouble((Row a) -> a.getAs("weight"))
                                        .thenComparing((Row a) -> (String) a.getAs("event_id"), Comparator.reverseOrder()))
                                .orElseThrow() : null;
                        out.add(RowFactory.create(patron, ally, q.getAs("event_id"), q.getAs("article_id"), q.getAs("event_date"),
                                asked.getYear(), q.getAs("source_name"), q.getAs("source_role"), q.getAs("weight"), q.getAs("evidence"),
                                res.answered(), res.answered() ? res.days() : null, res.days(),
                                answer == null ? null : Date.valueOf(res.answeredOn()), answer == null ? null : answer.getAs("event_id"),
                                answer == null ? null : answer.getAs("weight"), s.horizonDays(), s.threshold()));
                    }
                    return out.iterator();
                }, Encoders.row(Tables.LATENCY_SCHEMA));
    }

    /** Kaplan–Meier median and the shares answered within 7 and 30 days, per dyad and year of the request. */
    static Dataset<Row> latencySummary(Dataset<Row> latency, Options o) {
        String patron = o.patron();
        int horizon = o.settings().horizonDays();
        return latency
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("ally") + "\t" + r.getAs("year"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> {
                    List<Latency.Response> rs = new ArrayList<>();
                    rows.forEachRemaining(r -> rs.add(new Latency.Response(r.getAs("observed_days"), r.getAs("answered"), null)));
                    Latency.Summary sum = Latency.summarize(rs);
                    String[] k = key.split("\t");
                    return List.of(RowFactory.create(patron, k[0], Integer.parseInt(k[1]), sum.requests(), sum.answered(),
                            sum.censored(), sum.medianDays(), sum.answeredWithin7(), sum.answeredWithin30(), horizon)).iterator();
                }, Encoders.row(Tables.LATENCY_SUMMARY_SCHEMA))
                .orderBy("ally", "year");
    }

    /** A holder's stance toward a target per window: cooperative (+1) against conflictual (-1) acts. */
    static Dataset<Row> stances(Dataset<Row> windowed) {
        UserDefinedFunction net = udf((Double s, Double opp) -> Measures.netPolarity(s, opp), DataTypes.DoubleType);
        Column support = col("polarity").gt(0);
        Column opposition = col("polarity").lt(0);
        return windowed.filter(col("target_country").isNotNull())
                .groupBy(col("source_country").as("holder"), col("target_country").as("target"), col("window"), col("window_start"))
                .agg(count(lit(1)).as("events"),
                        sum(when(support, 1L).otherwise(0L)).as("support"),
                        sum(when(support, col("weight")).otherwise(0.0)).as("support_weight"),
                        sum(when(opposition, 1L).otherwise(0L)).as("opposition"),
                        sum(when(opposition, col("weight")).otherwise(0.0)).as("opposition_weight"))
                .withColumn("net_polarity", net.apply(col("support_weight"), col("opposition_weight")))
                .select(Arrays.stream(Tables.STANCES_SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .orderBy("holder", "target", "window_start");
    }

    /** Standing commitments: pledges, and affirmations naming a standing commitment, per actor, beneficiary and topic. */
    static Dataset<Row> commitments(Dataset<Row> events, Options o) {
        CommitmentTopics topics = CommitmentTopics.load(Tsv.existing(o.datasets() == null ? null : Path.of(o.datasets()),
                "lexicons/commitments.tsv"));
        UserDefinedFunction topic = udf((String act, String evidence) -> topics.topic(act, evidence), DataTypes.StringType);
        Column firstVoiced = struct(col("event_date"), col("event_id"));
        return events.filter(col("target_country").isNotNull())
                .withColumn("topic", topic.apply(col("act"), col("evidence")))
                .filter(col("topic").isNotNull())
                .groupBy(col("source_country").as("actor"), col("target_country").as("beneficiary"), col("topic"))
                .agg(count(lit(1)).as("times_voiced"),
                        sum(when(col("act").equalTo("PLEDGE"), 1L).otherwise(0L)).as("pledges"),
                        sum(when(col("act").equalTo("AFFIRM"), 1L).otherwise(0L)).as("affirmations"),
                        max("modality").as("strength"), max("weight").as("max_weight"),
                        min("event_date").as("first_voiced"), max("event_date").as("last_voiced"),
                        min_by(col("event_id"), firstVoiced).as("first_event_id"),
                        min_by(col("evidence"), firstVoiced).as("first_evidence"))
                .withColumn("reaffirmations", col("times_voiced").minus(1))
                .select(Arrays.stream(Tables.COMMITMENTS_SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
                        .toArray(Column[]::new))
                .orderBy("actor", "beneficiary", "topic");
    }

    private static void write(Dataset<Row> table, Options o, String name) {
        table.coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + name);
    }

    private static long rows(SparkSession spark, Options o, String name) {
        return spark.read().parquet(o.out() + "/" + name).count();
    }
}
