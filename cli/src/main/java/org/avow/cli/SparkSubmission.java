package org.avow.cli;

import org.apache.spark.launcher.SparkLauncher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One submission of {@code avow run} to a cluster, as data: the launcher and the printed
 * {@code spark-submit} command are both built from it, so the dry run shows what is submitted.
 *
 * @param sparkHome  the Spark installation, or null when only printing
 * @param master     spark://HOST:PORT, yarn, k8s://URL
 * @param deployMode client or cluster
 * @param jobJar     the job artifact (job/target/avow-job.jar), a path or a URI the cluster reads
 * @param modelsJar  the CoreNLP models jar, a path or a URI (local:/... when every node has it)
 * @param conf       Spark properties, in order
 * @param runArgs    the arguments of {@code avow run}
 */
public record SparkSubmission(Path sparkHome, String master, String deployMode, String jobJar, String modelsJar,
                              Map<String, String> conf, List<String> runArgs) {
    public static final String MAIN_CLASS = "org.avow.cli.Avow";
    public static final String APP_NAME = "avow";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    public SparkSubmission {
        conf = new LinkedHashMap<>(conf);
        runArgs = List.copyOf(runArgs);
    }

    /**
     * Spark properties avow needs unless the user set them: executor memory for CoreNLP, Java 17's
     * module flags on driver and executors, quiet logs, and in standalone cluster mode waiting for the
     * application so the exit status is the job's.
     */
    static Map<String, String> defaults(String master, String deployMode, String jvmFlags) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("spark.executor.memory", "4g");
        d.put("spark.driver.extraJavaOptions", jvmFlags);
        d.put("spark.executor.extraJavaOptions", jvmFlags);
        d.put("spark.log.level", "WARN");
        // a lost executor's tasks are retried elsewhere; four tries is Spark's default, kept explicit
        d.put("spark.task.maxFailures", "4");
        if (master.startsWith("spark://") && "cluster".equals(deployMode)) d.put("spark.standalone.submit.waitAppCompletion", "true");
        return d;
    }

    /** The JVM flags Spark needs on Java 17 (the parent POM's avow.addOpens, as the launcher script uses them). */
    public static String jvmFlags() {
        try (InputStream in = SparkSubmission.class.getResourceAsStream("jvm.options")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String submitScript() {
        return sparkHome == null ? "spark-submit" : sparkHome.resolve("bin").resolve("spark-submit").toString();
    }

    /** The equivalent {@code spark-submit} command, one argument per element. */
    public List<String> command() {
        List<String> c = new ArrayList<>(List.of(submitScript(), "--master", master, "--deploy-mode", deployMode,
                "--name", APP_NAME, "--class", MAIN_CLASS, "--jars", modelsJar));
        conf.forEach((k, v) -> {
            c.add("--conf");
            c.add(k + "=" + v);
        });
        c.add(jobJar);
        c.add("run");
        c.addAll(runArgs);
        return c;
    }

    /** {@link #command()} as one POSIX shell line, each argument quoted where it needs to be. */
    public String shellLine() {
        return command().stream().map(SparkSubmission::quote).collect(Collectors.joining(" "));
    }

    static String quote(String arg) {
        if (SAFE.matcher(arg).matches()) return arg;
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** The same submission through Spark's launcher library (no shell involved). */
    public SparkLauncher launcher() {
        SparkLauncher l = new SparkLauncher().setSparkHome(sparkHome.toString()).setMaster(master).setDeployMode(deployMode)
                .setAppName(APP_NAME).setMainClass(MAIN_CLASS).setAppResource(jobJar).addJar(modelsJar);
        conf.forEach(l::setConf);
        l.addAppArgs("run");
        l.addAppArgs(runArgs.toArray(String[]::new));
        return l;
    }
}
