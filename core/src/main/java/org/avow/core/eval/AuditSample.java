package org.avow.core.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A seeded random sample of event ids for a precision audit: ids ordered by SHA-256(seed:id), so
 * the sample depends only on the seed and the set of ids, not on their order or on the machine.
 */
public final class AuditSample {
    private AuditSample() {
    }

    public static List<String> select(List<String> eventIds, int n, long seed) {
        return eventIds.stream().distinct().sorted(Comparator.comparing((String id) -> key(seed, id)).thenComparing(id -> id))
                .limit(n).toList();
    }

    private static String key(long seed, String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
