package org.avow.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the Spark session avow jobs run in. */
public final class Sessions {
    private Sessions() {
    }

    /** A session on {@code master} ("local[*]" for embedded runs) with avow's Parquet settings. */
    public static SparkSession create(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.sql.parquet.compression.codec", "zstd")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                // the job writes its own manifest; Spark's _SUCCESS markers stay on
                .config("spark.sql.sources.partitionOverwriteMode", "static");
        if (master != null) b.master(master);
        return b.getOrCreate();
    }
}
