package org.avow.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;
import org.avow.cli.Avow;
import org.avow.spark.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline on a real standalone cluster (Master, Worker and executors as separate processes on
 * 127.0.0.1) gives the same tables, byte for byte as sorted CSV, as a local run of the sample, also
 * when its executor is killed while extraction runs. Prints the wall times it measures.
 */
class StandaloneClusterIT {
    static final Path SAMPLE = Path.of("../datasets/sample").toAbsolutePath().normalize();
    static final Path WORK = Path.of("target/cluster-it").toAbsolutePath();
    /** An executor of 2 cores and 3 GB: CoreNLP with depparse fits; the machine is shared. */
    static final List<String> EXECUTOR = List.of("--conf", "spark.executor.memory=3g", "--conf", "spark.driver.host=127.0.0.1");

    static SparkSession spark;
    static List<Path> localCsv;
    static double localSeconds;

    static Avow.Outcome avow(String... args) {
        return Avow.capture(args);
    }

    @BeforeAll
    static void localRun() throws IOException {
        Path out = WORK.resolve("local");
        long t0 = System.nanoTime();
        Avow.Outcome local = avow("run", "--input", SAMPLE.toString(), "--out", out.toString(), "--master", "local[2]");
        localSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, local.exit(), local.err());
        spark = Sessions.create("local[1]", "avow-csv");
        localCsv = SortedCsv.export(spark, out, WORK.resolve("local-csv"));
        System.out.printf(Locale.ROOT, "cluster-it: local run (local[2], in the test JVM) %.1f s%n", localSeconds);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private static void assertSameTablesAsLocal(Path run, String name) throws IOException {
        List<Path> csv = SortedCsv.export(spark, run, WORK.resolve(name + "-csv"));
        for (int i = 0; i < csv.size(); i++) {
            assertEquals(-1L, Files.mismatch(localCsv.get(i), csv.get(i)), csv.get(i) + " differs from " + localCsv.get(i));
        }
        assertTrue(Files.readAllLines(csv.get(SortedCsv.TABLES.indexOf("events"))).size() > 100, "the sample has events");
        JsonNode loads = new ObjectMapper().readTree(run.resolve("manifest.json").toFile()).get("counts").get("pipeline_loads_per_executor");
        assertTrue(loads.size() >= 1, loads.toString());
        loads.forEach(n -> assertEquals(1, n.asInt(), "each executor built its CoreNLP pipeline once: " + loads));
    }

    @Test
    void aSubmittedRunWritesTheSameTablesAsALocalRun() throws Exception {
        try (StandaloneCluster cluster = StandaloneCluster.start(WORK.resolve("cluster-1"), 2, "4g")) {
            Path out = WORK.resolve("submitted");
            List<String> args = new ArrayList<>(List.of("submit", "--master", cluster.masterUrl,
                    "--spark-home", StandaloneCluster.SPARK_HOME.toString(), "--job-jar", JobJarTest.JOB_JAR.toString()));
            args.addAll(EXECUTOR);
            args.addAll(List.of("--input", SAMPLE.toString(), "--out", out.toString()));
            long t0 = System.nanoTime();
            Avow.Outcome submitted = avow(args.toArray(String[]::new));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(0, submitted.exit(), submitted.out() + submitted.err() + cluster.logs());
            assertTrue(submitted.err().contains("avow submit: FINISHED"), submitted.err());
            assertTrue(submitted.out().contains("ingest: 185 records in = 185 articles"), submitted.out());
            assertTrue(submitted.out().lines().anyMatch(l -> l.startsWith("extract ") && l.contains(" documents")),
                    "progress from the driver: " + submitted.out());
            assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"master\" : \"" + cluster.masterUrl + "\""));
            assertSameTablesAsLocal(out, "submitted");
            System.out.printf(Locale.ROOT, "cluster-it: submitted run %.1f s (local %.1f s, ratio %.2f)%n", seconds,
                    localSeconds, seconds / localSeconds);
        }
    }

    @Test
    void theDryRunCommandRunsAsIsAndSurvivesLosingTheExecutorMidExtraction() throws Exception {
        try (StandaloneCluster cluster = StandaloneCluster.start(WORK.resolve("cluster-2"), 2, "4g")) {
            Path out = WORK.resolve("recovered");
            List<String> args = new ArrayList<>(List.of("submit", "--dry-run", "--master", cluster.masterUrl,
                    "--spark-home", StandaloneCluster.SPARK_HOME.toString(), "--job-jar", JobJarTest.JOB_JAR.toString()));
            args.addAll(EXECUTOR);
            args.addAll(List.of("--input", SAMPLE.toString(), "--out", out.toString()));
            Avow.Outcome dry = avow(args.toArray(String[]::new));
            assertEquals(0, dry.exit(), dry.err());
            String line = dry.out().strip();
            assertFalse(line.contains("\n"), "one command line: " + line);

            // the printed line, as a user pastes it into a shell
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).redirectErrorStream(true);
            pb.environment().putAll(StandaloneCluster.sparkEnvironment());
            long t0 = System.nanoTime();
            Process submit = pb.start();
            StringBuilder output = new StringBuilder();
            CompletableFuture<Void> extracting = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(submit.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        synchronized (output) {
                            output.append(l).append('\n');
                        }
                        if (l.startsWith("extract ")) extracting.complete(null);
                    }
                } catch (IOException e) {
                    extracting.completeExceptionally(e);
                }
            });
            reader.start();
            extracting.get(5, TimeUnit.MINUTES);
            Thread.sleep(3000); // let the executor take up extraction tasks
            List<ProcessHandle> before = cluster.executors();
            assertEquals(1, before.size(), "one executor: " + before);
            long killedAt = System.nanoTime();
            assertTrue(before.get(0).destroyForcibly(), "kill the executor");
            Set<Long> old = before.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
            double relaunched = -1;
            while (submit.isAlive() && relaunched < 0) {
                if (cluster.executors().stream().anyMatch(p -> !old.contains(p.pid()))) relaunched = (System.nanoTime() - killedAt) / 1e9;
                Thread.sleep(200);
            }
            assertTrue(submit.waitFor(10, TimeUnit.MINUTES));
            reader.join();
            double total = (System.nanoTime() - t0) / 1e9;
            double afterKill = (System.nanoTime() - killedAt) / 1e9;
            String log;
            synchronized (output) {
                log = output.toString();
            }
            assertEquals(0, submit.exitValue(), log + cluster.logs());
            assertTrue(relaunched > 0, "the Worker launched a new executor: " + cluster.logs());
            assertTrue(log.contains("extract: "), log);
            assertSameTablesAsLocal(out, "recovered");
            System.out.printf(Locale.ROOT, "cluster-it: run with the executor killed %.1f s; new executor %.1f s after the"
                    + " kill; job done %.1f s after the kill%n", total, relaunched, afterKill);
        }
    }
}
