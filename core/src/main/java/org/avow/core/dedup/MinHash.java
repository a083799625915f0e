package org.avow.core.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Near-duplicate detection by MinHash over word shingles with b × r banding: two texts whose
 * shingle sets have Jaccard similarity s share at least one band key with probability
 * 1 − (1 − s^r)^b, and candidates are then verified by the signatures' agreement, an unbiased
 * estimate of s. Pure and deterministic by seed.
 *
 * @param shingle   words per shingle
 * @param bands     b, the number of band keys per text
 * @param rows      r, signature values per band
 * @param threshold the estimated Jaccard similarity at and above which two texts are near-duplicates
 * @param seed      seeds the hash functions
 */
public record MinHash(int shingle, int bands, int rows, double threshold, long seed) implements Serializable {
    /**
     * 5-word shingles, 25 bands of 4 (100 hash functions): pairs at s = 0.6 become candidates with
     * probability 0.97, at 0.8 with 0.99999, at 0.3 with 0.18; verified at 0.5.
     */
    public static final MinHash DEFAULT = new MinHash(5, 25, 4, 0.5, 0x5EEDL);

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public MinHash {
        if (shingle < 1 || bands < 1 || rows < 1) throw new IllegalArgumentException("shingle, bands and rows must be positive");
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1]");
    }

    /** The hashes of the text's distinct word shingles (lower-cased words; a text shorter than a shingle is one). */
    public long[] shingles(String text) {
        String[] words = Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toArray(String[]::new);
        Set<Long> out = new HashSet<>();
        int n = Math.max(1, words.length - shingle + 1);
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.length, i + shingle); j++) h = mix(h * 31 + words[j].hashCode());
            out.add(h);
        }
        return out.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The MinHash signature: for each of b × r hash functions, the least hash over the shingles. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[bands * rows];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i < sig.length; i++) {
            long salt = mix(seed + i * 0xBF58476D1CE4E5B9L);
            long min = Long.MAX_VALUE;
            for (long s : shingles) {
                long h = mix(s ^ salt);
                if (h < min) min = h;
            }
            sig[i] = min;
        }
        return sig;
    }

    public long[] signature(String text) {
        return signature(shingles(text));
    }

    /** One key per band: texts that share a key are candidate near-duplicates. */
    public long[] bandKeys(long[] signature) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < rows; r++) h = mix(h ^ signature[b * rows + r]);
            keys[b] = h;
        }
        return keys;
    }

    /** The share of signature positions that agree: the estimated Jaccard similarity. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("signatures of different lengths");
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    public boolean nearDuplicates(long[] signatureA, long[] signatureB) {
        return similarity(signatureA, signatureB) >= threshold;
    }

    /** The exact Jaccard similarity of two sorted shingle-hash sets. */
    public static double jaccard(long[] a, long[] b) {
        int i = 0, j = 0, both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - both;
        return union == 0 ? 1.0 : (double) both / union;
    }

    /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
