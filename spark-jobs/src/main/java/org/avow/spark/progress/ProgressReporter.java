package org.avow.spark.progress;

import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a run from a Spark listener: the stage is the job description the pipeline sets
 * ({@link #stage}), documents are counted by the named accumulator {@link #DOCUMENTS} in
 * successful tasks, other stages count tasks. On a terminal one line is rewritten in place every
 * second; otherwise (CI, logs) a plain line is printed when a stage starts and then periodically.
 */
public final class ProgressReporter extends SparkListener implements AutoCloseable {
    /** The accumulator a job adds one to per document it processed. */
    public static final String DOCUMENTS = "avow.documents";

    private final SparkSession spark;
    private final PrintStream out;
    private final boolean terminal;
    private final long plainIntervalMs;
    private final ScheduledExecutorService ticker;
    private final Map<String, Long> expected = new HashMap<>();

    private String stage = "start";
    private long stageStart = System.currentTimeMillis();
    private long documents;
    private long tasksDone;
    private long tasksTotal;
    private String lastPrinted = "";
    private long lastPrintedAt;
    private int width;

    private ProgressReporter(SparkSession spark, PrintStream out, boolean terminal, long plainIntervalMs) {
        this.spark = spark;
        this.out = out;
        this.terminal = terminal;
        this.plainIntervalMs = plainIntervalMs;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "avow-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** Registers a reporter on the session: a rewritten line when {@code terminal}, else a line every {@code plainIntervalMs}. */
    public static ProgressReporter start(SparkSession spark, PrintStream out, boolean terminal, long plainIntervalMs) {
        ProgressReporter r = new ProgressReporter(spark, out, terminal, plainIntervalMs);
        spark.sparkContext().addSparkListener(r);
        r.ticker.scheduleAtFixedRate(r::tick, 1, 1, TimeUnit.SECONDS);
        return r;
    }

    /** Names the jobs that follow (Spark's job description) and, when known, how many documents the stage has. */
    public void stage(String name, long documents) {
        spark.sparkContext().setJobDescription(name);
        synchronized (this) {
            if (documents >= 0) expected.put(name, documents);
        }
    }

    /** A log line, printed like {@link PrintStream#printf}: the progress line is cleared first so the two never share a line. */
    public synchronized void printf(String format, Object... args) {
        if (terminal && width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
        out.printf(format, args);
        out.flush();
    }

    public synchronized Progress snapshot() {
        long elapsed = System.currentTimeMillis() - stageStart;
        Long docs = expected.get(stage);
        return docs != null ? new Progress(stage, documents, docs, "documents", elapsed)
                : new Progress(stage, tasksDone, tasksTotal, "tasks", elapsed);
    }

    private synchronized void tick() {
        Progress now = snapshot();
        if ("start".equals(stage) || now.total() == 0) return; // no stage, or its first tasks not submitted yet
        String line = now.line();
        long at = System.currentTimeMillis();
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            out.flush();
        } else if (at - lastPrintedAt >= plainIntervalMs && !line.equals(lastPrinted)) {
            out.println(line);
            out.flush();
            lastPrinted = line;
            lastPrintedAt = at;
        }
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart jobStart) {
        String name = jobStart.properties() == null ? null : jobStart.properties().getProperty("spark.job.description");
        if (name == null || name.equals(stage)) return;
        stage = name;
        stageStart = System.currentTimeMillis();
        documents = tasksDone = tasksTotal = 0;
        lastPrintedAt = 0; // a new stage is reported at the next tick
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        tasksTotal += submitted.stageInfo().numTasks();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (!end.taskInfo().successful()) return;
        tasksDone++;
        scala.collection.Iterator<AccumulableInfo> it = end.taskInfo().accumulables().iterator();
        while (it.hasNext()) {
            AccumulableInfo a = it.next();
            if (a.name().isDefined() && DOCUMENTS.equals(a.name().get()) && a.update().isDefined()) {
                documents += ((Number) a.update().get()).longValue();
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        spark.sparkContext().removeSparkListener(this);
        spark.sparkContext().setJobDescription(null);
        synchronized (this) {
            if (terminal && width > 0) out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
        }
    }
}
