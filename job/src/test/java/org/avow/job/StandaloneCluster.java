package org.avow.job;

import org.avow.cli.SparkSubmission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1: a Master and a Worker as separate java processes
 * from a Spark home whose jars/ holds the Maven-resolved Spark jars. Stopped by the process ids it
 * started, with the executors its Worker launched.
 */
final class StandaloneCluster implements AutoCloseable {
    static final Path SPARK_HOME = Path.of("../spark-home/target/spark-home").toAbsolutePath().normalize();

    final String masterUrl;
    final int workerPort;
    private final Path dir;
    private final Process master;
    private final Process worker;

    private StandaloneCluster(Path dir, int masterPort, int workerPort, Process master, Process worker) {
        this.dir = dir;
        this.masterUrl = "spark://127.0.0.1:" + masterPort;
        this.workerPort = workerPort;
        this.master = master;
        this.worker = worker;
    }

    static StandaloneCluster start(Path dir, int cores, String memory) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        for (String script : List.of("spark-submit", "spark-class")) {
            SPARK_HOME.resolve("bin").resolve(script).toFile().setExecutable(true);
        }
        int masterPort = freePort();
        int workerPort = freePort();
        Process master = java(dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", "0");
        Process worker = null;
        try {
            await(dir.resolve("master.log"), "I have been elected leader", master);
            worker = java(dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                    "spark://127.0.0.1:" + masterPort, "--host", "127.0.0.1", "--port", String.valueOf(workerPort),
                    "--webui-port", "0", "--cores", String.valueOf(cores), "--memory", memory,
                    "--work-dir", dir.resolve("work").toString());
            await(dir.resolve("master.log"), "Registering worker", worker);
            return new StandaloneCluster(dir, masterPort, workerPort, master, worker);
        } catch (IOException | RuntimeException | InterruptedException e) {
            stop(worker);
            stop(master);
            throw e;
        }
    }

    /** The environment a distribution's sbin scripts give Master, Worker and their executors. */
    static Map<String, String> sparkEnvironment() {
        return Map.of("SPARK_HOME", SPARK_HOME.toString(), "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", "127.0.0.1");
    }

    private static Process java(Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(Arrays.asList(SparkSubmission.jvmFlags().split("\\s+")));
        cmd.addAll(List.of("-Dspark.master.rest.enabled=false", "-cp", SPARK_HOME.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(sparkEnvironment());
        return pb.start();
    }

    private static void await(Path log, String line, Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) return;
            if (!p.isAlive()) throw new IllegalStateException("exited before '" + line + "': " + Files.readString(log));
            Thread.sleep(250);
        }
        throw new IllegalStateException("no '" + line + "' in " + log + " after 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Executor processes this cluster's Worker launched (CoarseGrainedExecutorBackend with its worker URL). */
    List<ProcessHandle> executors() {
        String ours = "spark://Worker@127.0.0.1:" + workerPort;
        return ProcessHandle.allProcesses().filter(p -> {
            String[] a = p.info().arguments().orElse(new String[0]);
            List<String> args = Arrays.asList(a);
            return args.contains("org.apache.spark.executor.CoarseGrainedExecutorBackend") && args.contains(ours);
        }).toList();
    }

    String logs() {
        try {
            return Files.readString(dir.resolve("master.log")) + Files.readString(dir.resolve("worker.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> executors = executors();
        stop(worker);
        stop(master);
        for (ProcessHandle e : executors) {
            e.destroy();
        }
    }

    private static void stop(Process p) {
        if (p == null) return;
        p.destroy();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
