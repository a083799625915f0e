package org.avow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** avow submit without a cluster: the printed spark-submit line and the refusals. */
class SubmitCommandTest {
    private static Path sparkHome(Path dir) throws IOException {
        Path home = dir.resolve("spark");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/spark-submit"), "#!/bin/sh\n");
        return home;
    }

    @Test
    void theDryRunPrintsOneQuotedSparkSubmitLineWithTheRunOptionsGiven(@TempDir Path dir) throws IOException {
        Path home = sparkHome(dir);
        Path job = Files.writeString(dir.resolve("avow-job.jar"), "");
        Avow.Outcome o = AvowCommandIT.avow("submit", "--dry-run", "--master", "spark://10.0.0.5:7077",
                "--spark-home", home.toString(), "--job-jar", job.toString(), "--models-jar", "local:/opt/models.jar",
                "--conf", "spark.executor.memory=6g", "--conf", "spark.executor.cores=2",
                "--input", "datasets/sample", "--out", "out/x", "--default-source", "The White House", "--allies", "JPN,PHL");
        assertEquals(0, o.exit(), o.err());
        String line = o.out().strip();
        String cwd = Path.of("").toAbsolutePath().toString();
        assertTrue(line.startsWith(home.toAbsolutePath() + "/bin/spark-submit --master spark://10.0.0.5:7077 --deploy-mode client"
                + " --name avow --class org.avow.cli.Avow --jars local:/opt/models.jar --conf spark.executor.memory=6g "), line);
        assertFalse(line.contains("spark.executor.memory=4g"), "the user's value replaces avow's default");
        assertTrue(line.contains(" --conf spark.executor.cores=2 "), line);
        assertTrue(line.contains(" --conf 'spark.executor.extraJavaOptions=--add-opens=java.base/java.lang=ALL-UNNAMED "), line);
        assertTrue(line.endsWith(" " + job.toAbsolutePath() + " run --input " + cwd + "/datasets/sample --out " + cwd + "/out/x"
                + " --default-source 'The White House' --allies JPN,PHL"), line);
        assertFalse(line.contains("--master local"), "run's own master is not forwarded");
    }

    @Test
    void argumentsAreQuotedForAPosixShell() {
        assertEquals("spark.executor.cores=2", SparkSubmission.quote("spark.executor.cores=2"));
        assertEquals("'The White House'", SparkSubmission.quote("The White House"));
        assertEquals("'Xi'\\''s office; rm -rf $HOME'", SparkSubmission.quote("Xi's office; rm -rf $HOME"));
        assertEquals("''", SparkSubmission.quote(""));
    }

    @Test
    void clearErrorsWhenSparkTheModelsOrTheMasterAreWrong(@TempDir Path dir) throws IOException {
        Path home = sparkHome(dir);
        Path job = Files.writeString(dir.resolve("avow-job.jar"), "");
        List<String> run = List.of("--input", "x.jsonl", "--out", "o", "--job-jar", job.toString());

        Avow.Outcome noModels = submit(run, "--master", "yarn", "--spark-home", home.toString(),
                "--models-jar", dir.resolve("missing-models.jar").toString());
        assertEquals(2, noModels.exit());
        assertTrue(noModels.err().contains("--models-jar: no such file") && noModels.err().contains("CoreNLP models jar"), noModels.err());

        Avow.Outcome notSpark = submit(run, "--master", "yarn", "--spark-home", dir.toString());
        assertEquals(2, notSpark.exit());
        assertTrue(notSpark.err().contains("not a Spark installation (no bin/spark-submit)"), notSpark.err());

        Avow.Outcome local = submit(run, "--master", "local[2]", "--spark-home", home.toString());
        assertEquals(2, local.exit());
        assertTrue(local.err().contains("--master is spark://HOST:PORT, yarn or k8s://URL"), local.err());

        Avow.Outcome conf = submit(run, "--master", "yarn", "--spark-home", home.toString(), "--conf", "executor.memory=4g");
        assertEquals(2, conf.exit());
        assertTrue(conf.err().contains("Spark properties start with spark."), conf.err());

        assumeTrue(System.getenv("SPARK_HOME") == null, "SPARK_HOME is set here");
        Avow.Outcome noHome = submit(run, "--master", "yarn");
        assertEquals(2, noHome.exit());
        assertTrue(noHome.err().contains("no Spark installation: set SPARK_HOME or pass --spark-home"), noHome.err());
    }

    private static Avow.Outcome submit(List<String> run, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("submit"));
        all.addAll(List.of(args));
        all.addAll(run);
        return AvowCommandIT.avow(all.toArray(String[]::new));
    }
}
