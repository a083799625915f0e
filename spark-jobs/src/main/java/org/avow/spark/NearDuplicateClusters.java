package org.avow.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.avow.core.dedup.Components;
import org.avow.core.dedup.MinHash;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

/**
 * Near-duplicate clusters of articles (syndicated copies with a changed headline, a dropped
 * paragraph, another dateline): MinHash signatures and band keys per article ({@link MinHash}),
 * candidate pairs from shared band keys, each verified by signature agreement, then connected
 * components over the verified pairs. Adds {@code cluster_id} (the representative's id: earliest
 * date, then smallest id), {@code cluster_size} (input records in the cluster, exact copies
 * included) and {@code representative}.
 */
final class NearDuplicateClusters {
    /** Buckets larger than this give pairs with their smallest member only (boilerplate shared by very many texts). */
    static final int ALL_PAIRS_UP_TO = 50;

    private static final StructType SIGNATURES = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("signature", DataTypes.BinaryType, false)});
    private static final StructType KEYS = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("band_key", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false)});
    private static final StructType PAIRS = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("a", DataTypes.StringType, false),
            DataTypes.createStructField("b", DataTypes.StringType, false)});
    private static final StructType COMPONENTS = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("component", DataTypes.StringType, false)});

    private NearDuplicateClusters() {
    }

    /**
     * @param articles rows with at least {@code id} (unique), {@code date}, {@code text} and
     *                 {@code copies} (exact copies of the text in the input)
     */
    static Dataset<Row> assign(SparkSession spark, Dataset<Row> articles, MinHash m) {
        Dataset<Row> signatures = articles.select("id", "text").map(
                (org.apache.spark.api.java.function.MapFunction<Row, Row>) r ->
                        RowFactory.create(r.getString(0), bytes(m.signature(r.getString(1)))),
                Encoders.row(SIGNATURES)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> keys = signatures.flatMap((FlatMapFunction<Row, Row>) r -> {
                List<Row> out = new ArrayList<>();
                for (long k : m.bandKeys(longs(r.getAs("signature")))) out.add(RowFactory.create(k, r.getString(0)));
                return out.iterator();
            }, Encoders.row(KEYS));
            Dataset<Row> candidates = keys.groupBy("band_key").agg(collect_set("id").as("ids"))
                    .filter(size(col("ids")).gt(1)).select("ids")
                    .flatMap((FlatMapFunction<Row, Row>) r -> pairs(r.getList(0)), Encoders.row(PAIRS)).distinct();
            Dataset<Row> sa = signatures.withColumnRenamed("id", "a").withColumnRenamed("signature", "sa");
            Dataset<Row> sb = signatures.withColumnRenamed("id", "b").withColumnRenamed("signature", "sb");
            List<Row> edges = candidates.join(sa, "a").join(sb, "b").select("a", "b", "sa", "sb")
                    .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> verified(rows, m), Encoders.row(PAIRS))
                    .collectAsList();
            Components graph = new Components();
            for (Row e : edges) graph.connect(e.getString(0), e.getString(1));
            List<Row> members = new ArrayList<>();
            for (Map.Entry<String, String> e : graph.byNode().entrySet()) members.add(RowFactory.create(e.getKey(), e.getValue()));
            Dataset<Row> components = spark.createDataFrame(members, COMPONENTS);
            WindowSpec byCluster = Window.partitionBy("component");
            WindowSpec earliest = byCluster.orderBy(col("date"), col("id"));
            return articles.join(components, articles.col("id").equalTo(components.col("id")), "left")
                    .drop(components.col("id"))
                    .withColumn("component", coalesce(col("component"), col("id")))
                    .withColumn("cluster_size", sum("copies").over(byCluster).cast("int"))
                    .withColumn("cluster_id", first("id").over(earliest))
                    .withColumn("representative", row_number().over(earliest).equalTo(1))
                    .drop("component");
        } finally {
            signatures.unpersist();
        }
    }

    /** Every pair of a small bucket; in a large one, each member with the smallest. */
    static Iterator<Row> pairs(List<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        List<Row> out = new ArrayList<>();
        if (sorted.size() <= ALL_PAIRS_UP_TO) {
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) out.add(RowFactory.create(sorted.get(i), sorted.get(j)));
            }
        } else {
            for (int j = 1; j < sorted.size(); j++) out.add(RowFactory.create(sorted.get(0), sorted.get(j)));
        }
        return out.iterator();
    }

    private static Iterator<Row> verified(Iterator<Row> rows, MinHash m) {
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            if (m.nearDuplicates(longs(r.getAs("sa")), longs(r.getAs("sb")))) out.add(RowFactory.create(r.getString(0), r.getString(1)));
        }
        return out.iterator();
    }

    private static byte[] bytes(long[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) b.putLong(v);
        return b.array();
    }

    private static long[] longs(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] out = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) out[i] = b.getLong();
        return out;
    }
}
