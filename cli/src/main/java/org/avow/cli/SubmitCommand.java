package org.avow.cli;

import org.apache.spark.launcher.SparkAppHandle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code avow submit}: {@code avow run} on a Spark cluster through Spark's launcher library. The
 * job artifact (job/target/avow-job.jar) holds avow without Spark and without the CoreNLP models,
 * which travel beside it. Follows the application to its end; exit 0 when it finished, 1 when it
 * failed or was lost, 3 when it was killed.
 */
@Command(name = "submit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Submit the pipeline (the options of run) to a Spark cluster and follow it; --dry-run prints"
                + " the equivalent spark-submit command.")
public final class SubmitCommand implements java.util.concurrent.Callable<Integer> {
    static final String MODEL_RESOURCE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String OUTPUT_LOGGER = "org.avow.submit.driver";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--master", required = true, paramLabel = "URL",
            description = "spark://HOST:PORT (standalone), yarn, or k8s://https://HOST:PORT.")
    String master;

    @Option(names = "--deploy-mode", defaultValue = "client", paramLabel = "MODE",
            description = "client (the driver runs here) or cluster (default: ${DEFAULT-VALUE}).")
    String deployMode;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A Spark property, repeatable; overrides avow's defaults (spark.executor.memory=4g, ...).")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Print the equivalent spark-submit command and exit.")
    boolean dryRun;

    @Option(names = "--spark-home", paramLabel = "DIR", description = "Spark installation (default: $SPARK_HOME).")
    Path sparkHome;

    @Option(names = "--models-jar", paramLabel = "PATH|URI",
            description = "CoreNLP models jar (default: $AVOW_MODELS_JAR, else the one on avow's classpath)."
                    + " local:/PATH when every node holds it there.")
    String modelsJar;

    @Option(names = "--job-jar", paramLabel = "PATH|URI",
            description = "The job artifact (default: $AVOW_JOB_JAR, else job/target/avow-job.jar of this build).")
    String jobJar;

    @CommandLine.Mixin
    RunOptions run;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SparkSubmission s;
        try {
            s = submission();
        } catch (IllegalArgumentException e) {
            err.println("avow submit: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (dryRun) {
            out.println(s.shellLine());
            out.flush();
            return 0;
        }
        return follow(s, out, err);
    }

    SparkSubmission submission() {
        if (!Set.of("client", "cluster").contains(deployMode)) {
            throw new IllegalArgumentException("--deploy-mode is client or cluster, not " + deployMode);
        }
        if (!(master.startsWith("spark://") || master.equals("yarn") || master.startsWith("k8s://"))) {
            throw new IllegalArgumentException("--master is spark://HOST:PORT, yarn or k8s://URL, not " + master
                    + " (avow run runs locally)");
        }
        for (String k : conf.keySet()) {
            if (!k.startsWith("spark.")) throw new IllegalArgumentException("--conf " + k + ": Spark properties start with spark.");
        }
        Path home = sparkHome != null ? sparkHome : env("SPARK_HOME") == null ? null : Path.of(env("SPARK_HOME"));
        if (home == null && !dryRun) {
            throw new IllegalArgumentException("no Spark installation: set SPARK_HOME or pass --spark-home");
        }
        if (home != null && !Files.isRegularFile(home.resolve("bin/spark-submit"))) {
            throw new IllegalArgumentException("not a Spark installation (no bin/spark-submit): " + home);
        }
        String models = checked("--models-jar", modelsJar != null ? modelsJar : env("AVOW_MODELS_JAR") != null
                ? env("AVOW_MODELS_JAR") : modelsOnClasspath(), "the CoreNLP models jar (edu.stanford.nlp:stanford-corenlp:"
                + "4.5.10:models): pass --models-jar or set AVOW_MODELS_JAR");
        String job = checked("--job-jar", jobJar != null ? jobJar : env("AVOW_JOB_JAR") != null ? env("AVOW_JOB_JAR")
                : jobJarOfThisBuild(), "the job jar: build it with `mvn -B package -DskipTests` (job/target/avow-job.jar),"
                + " or pass --job-jar or set AVOW_JOB_JAR");
        Map<String, String> c = SparkSubmission.defaults(master, deployMode, SparkSubmission.jvmFlags());
        c.putAll(conf);
        return new SparkSubmission(home == null ? null : home.toAbsolutePath(), master, deployMode, job, models, c,
                RunOptions.asArguments(spec.commandLine()));
    }

    /** A local path must exist (made absolute); a URI (local:, hdfs:, s3a:, https:) is the cluster's to read. */
    private static String checked(String option, String value, String missing) {
        if (value == null) throw new IllegalArgumentException("cannot find " + missing);
        if (value.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") && !value.startsWith("file:")) return value;
        Path p = Path.of(value.replaceFirst("^file:", "")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException(option + ": no such file " + p + "; " + missing);
        return p.toString();
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static String modelsOnClasspath() {
        URL u = ClassLoader.getSystemResource(MODEL_RESOURCE);
        if (u == null || !"jar".equals(u.getProtocol())) return null;
        String file = u.getPath().substring(0, u.getPath().indexOf("!/"));
        try {
            return Path.of(new java.net.URI(file)).toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** This CLI's jar or classes sit in cli/target; the job jar in job/target beside it. */
    private static String jobJarOfThisBuild() {
        try {
            Path here = Path.of(SubmitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jar = here.getParent().getParent().getParent().resolve("job/target/avow-job.jar");
            return Files.isRegularFile(jar) ? jar.toString() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Starts the application and waits for a final state. The driver's output is shown as it
     * comes: straight to a terminal (its progress line rewritten in place), else line by line
     * through this command's output.
     */
    private int follow(SparkSubmission s, PrintWriter out, PrintWriter err) throws InterruptedException {
        boolean terminal = System.console() != null;
        var launcher = s.launcher();
        Logger driverOutput = Logger.getLogger(OUTPUT_LOGGER);
        Handler forward = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (out) {
                    out.println(r.getMessage());
                    out.flush();
                }
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
            }
        };
        if (terminal) {
            launcher.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        } else {
            driverOutput.setUseParentHandlers(false);
            driverOutput.addHandler(forward);
            launcher.redirectToLog(OUTPUT_LOGGER);
        }
        Set<ProcessHandle> before = ProcessHandle.current().children().collect(Collectors.toSet());
        CountDownLatch done = new CountDownLatch(1);
        SparkAppHandle handle;
        try {
            handle = launcher.startApplication(new SparkAppHandle.Listener() {
                @Override
                public void stateChanged(SparkAppHandle h) {
                    err.println("avow submit: " + h.getState() + (h.getAppId() == null ? "" : " " + h.getAppId()));
                    err.flush();
                    if (h.getState().isFinal()) done.countDown();
                }

                @Override
                public void infoChanged(SparkAppHandle h) {
                }
            });
        } catch (IOException e) {
            err.println("avow submit: cannot start spark-submit: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<ProcessHandle> child = ProcessHandle.current().children().filter(p -> !before.contains(p)).toList();
        Thread cancel = new Thread(handle::kill, "avow-submit-cancel");
        Runtime.getRuntime().addShutdownHook(cancel);
        try {
            done.await();
            // the driver's last lines are still in the pipe when the state turns final
            for (ProcessHandle p : child) p.onExit().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the state is final: report it even if the child lingers
        } finally {
            Runtime.getRuntime().removeShutdownHook(cancel);
            driverOutput.removeHandler(forward);
        }
        SparkAppHandle.State state = handle.getState();
        handle.getError().ifPresent(e -> err.println("avow submit: " + e.getMessage()));
        err.flush();
        return switch (state) {
            case FINISHED -> 0;
            case KILLED -> 3;
            default -> 1;
        };
    }
}
