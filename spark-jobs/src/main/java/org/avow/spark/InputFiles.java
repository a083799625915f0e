package org.avow.spark;

import org.avow.core.ingest.CorpusFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Expands input paths (files or folders) into the corpus files they hold, each with its format, in a stable order. */
public final class InputFiles {
    /**
     * One corpus file.
     *
     * @param name the path relative to the input folder it was found in (the file name for a file
     *             named directly): the id of a text document that names none
     */
    public record InputFile(String path, String name, CorpusFormat format) implements Serializable {
    }

    private InputFiles() {
    }

    /**
     * In a folder, files whose name says a format (descriptors, READMEs and licences are not
     * corpus files); a file named explicitly is read whatever its name, as JSON Lines unless its
     * name says otherwise. A forced format applies to every file.
     */
    public static List<InputFile> expand(List<String> inputs, CorpusFormat forced) {
        List<InputFile> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !isDocumentation(f)).sorted().forEach(f -> {
                        Optional<CorpusFormat> fmt = forced != null ? Optional.of(forced) : CorpusFormat.of(f);
                        fmt.ifPresent(x -> out.add(new InputFile(f.toString(), p.relativize(f).toString(), x)));
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                CorpusFormat fmt = forced != null ? forced : CorpusFormat.of(p).orElse(CorpusFormat.JSONL);
                out.add(new InputFile(p.toString(), p.getFileName().toString(), fmt));
            } else {
                throw new IllegalArgumentException("input not found: " + in);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no corpus files (*.jsonl[.gz], *.ndjson, *.csv, *.tsv, *.txt, *.md, *.warc[.gz], "
                    + "*.wet[.gz], *.parquet) under " + inputs);
        }
        return out;
    }

    private static boolean isDocumentation(Path f) {
        String n = f.getFileName().toString().toUpperCase(Locale.ROOT);
        return n.startsWith(".") || n.startsWith("README") || n.startsWith("LICENSE") || n.startsWith("NOTICE")
                || n.startsWith("CHANGELOG") || n.startsWith("_SUCCESS") || n.endsWith(".CRC");
    }

    public static String sha256(Path p) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
