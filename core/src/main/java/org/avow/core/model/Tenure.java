package org.avow.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role held over a period. {@code end} is null while the role is held; {@code host} is the
 * receiving state of an ambassador, otherwise null.
 */
public record Tenure(String country, Institution institution, Role role, String host,
                     LocalDate start, LocalDate end) {
    public Tenure {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("tenure ends before it starts: " + start + ".." + end);
        }
    }

    /** True when the role is held on {@code date} (the end day counts as the successor's). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }
}
