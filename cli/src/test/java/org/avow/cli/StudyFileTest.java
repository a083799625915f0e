package org.avow.cli;

import org.avow.core.compare.WindowSize;
import org.avow.spark.RunPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyFileTest {
    private static RunPipeline.Options resolve(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run.options.resolve(run.options.study());
    }

    @Test
    void aStudyFileHoldsEveryOptionAndTheCommandLineOverridesIt(@TempDir Path dir) throws Exception {
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, String.join("\n",
                "# US alliances, White House statements",
                "inputs: [corpora/whitehouse]",
                "out: out/wh",
                "patron: USA",
                "allies: [JPN, PHL]",
                "rivals: CHN, RUS",
                "window: quarter",
                "horizon_days: 30",
                "threshold: 0.2",
                "seed: 11",
                "default_source: The White House",
                "fields: {text: body}",
                "format: csv",
                ""));
        RunPipeline.Options o = resolve("--config", study.toString(), "--window", "week", "--allies", "KOR");
        assertEquals(List.of(dir.resolve("corpora/whitehouse").toString()), o.inputs(), "relative to the study file");
        assertEquals(dir.resolve("out/wh").toString(), o.out());
        assertEquals(List.of("KOR"), o.allies(), "the command line wins");
        assertEquals(List.of("CHN", "RUS"), o.rivals());
        assertEquals(WindowSize.WEEK, o.compare().window(), "the command line wins");
        assertEquals(30, o.compare().horizonDays());
        assertEquals(0.2, o.compare().threshold());
        assertEquals(11, o.compare().seed());
        assertEquals(1000, o.compare().replicates(), "defaulted");
        assertEquals("body", o.fields().text());
        assertEquals("date", o.fields().date());
        assertEquals("The White House", o.defaultSource());
        assertEquals(study.toAbsolutePath().toString(), o.study());
        assertEquals(org.avow.core.ingest.CorpusFormat.CSV, o.format());
    }

    @Test
    void badStudyFilesAreRefusedWithTheirKey(@TempDir Path dir) throws Exception {
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, "inputs: [a.jsonl]\nout: o\nhorizon: 30\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve("--config", study.toString()));
        assertTrue(e.getMessage().contains("unknown key 'horizon'"), e.getMessage());

        Files.writeString(study, "inputs: [a.jsonl]\nout: o\nseed: seven\n");
        e = assertThrows(IllegalArgumentException.class, () -> resolve("--config", study.toString()));
        assertTrue(e.getMessage().contains("'seed' must be a whole number"), e.getMessage());

        // a YAML type tag constructs nothing: the value stays plain text
        Files.writeString(study, "inputs: [a.jsonl]\nout: o\npatron: !!javax.script.ScriptEngineManager [x]\n");
        e = assertThrows(IllegalArgumentException.class, () -> resolve("--config", study.toString()));
        assertTrue(e.getMessage().contains("'patron' must be a single value"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> resolve("--out", "o"));
        assertTrue(e.getMessage().contains("no input"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> resolve("--config", dir.resolve("none.yaml").toString()));
        assertTrue(e.getMessage().contains("study file not found"), e.getMessage());
    }
}
