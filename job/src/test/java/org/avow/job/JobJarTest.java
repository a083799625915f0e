package org.avow.job;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spark-submit artifact holds what Spark lacks, protobuf apart, and no models. */
class JobJarTest {
    static final Path JOB_JAR = Path.of("target/avow-job.jar");
    static final Path SPARK_JARS = Path.of("../spark-home/target/spark-home/jars");

    @Test
    void theJobJarHasAvowAndCoreNlpButNeitherTheModelsNorSignatures() throws IOException {
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            assertEquals("org.avow.cli.Avow", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertNotNull(jar.getEntry("org/avow/spark/RunPipeline.class"));
            assertNotNull(jar.getEntry("datasets/weights/weights-v1.tsv"), "the shipped datasets travel with the code");
            assertNotNull(jar.getEntry("edu/stanford/nlp/pipeline/StanfordCoreNLP.class"));
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertFalse(names.stream().anyMatch(n -> n.startsWith("edu/stanford/nlp/models/")), "models ship separately");
            assertFalse(names.stream().anyMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")), "signatures stripped");
            assertTrue(Files.size(JOB_JAR) < 60L << 20, "tens of MB, not the 0.5 GB of models: " + Files.size(JOB_JAR));
        }
    }

    @Test
    void protobufIsRelocatedAndCoreNlpUsesTheRelocatedCopy() throws IOException {
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("com/google/protobuf/")));
            assertNotNull(jar.getEntry("org/avow/shaded/protobuf/Message.class"));
            String protos = new String(jar.getInputStream(jar.getEntry("edu/stanford/nlp/pipeline/CoreNLPProtos.class"))
                    .readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(protos.contains("org/avow/shaded/protobuf/"));
            assertFalse(protos.contains("com/google/protobuf/"));
        }
    }

    @Test
    void noClassInTheJobJarIsAlsoOnSparksClasspath() throws IOException {
        Set<String> spark = new HashSet<>();
        try (Stream<Path> jars = Files.list(SPARK_JARS)) {
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile j = new JarFile(p.toFile())) {
                    j.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class") && !n.contains("module-info")).forEach(spark::add);
                }
            }
        }
        assertTrue(spark.contains("org/apache/spark/SparkContext.class"));
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            List<String> both = jar.stream().map(ZipEntry::getName).filter(spark::contains).limit(5).toList();
            assertEquals(List.of(), both, "classes Spark brings must come from Spark");
        }
    }
}
