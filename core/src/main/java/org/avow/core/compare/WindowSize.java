package org.avow.core.compare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The comparison's time windows: an event falls in the window that contains its event date. */
public enum WindowSize {
    /** ISO weeks, Monday to Sunday, labelled {@code 2025-W47} (ISO week-based year). */
    WEEK,
    /** Calendar months, labelled {@code 2025-11}. */
    MONTH,
    /** Calendar quarters, labelled {@code 2025-Q4}. */
    QUARTER;

    /** The first day of the window holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    /** The window's label, which sorts in time order. */
    public String label(LocalDate date) {
        LocalDate s = start(date);
        return switch (this) {
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", s.get(IsoFields.WEEK_BASED_YEAR), s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", s.getYear(), s.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", s.getYear(), (s.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** The first day of the window after the one holding {@code date}. */
    public LocalDate next(LocalDate date) {
        LocalDate s = start(date);
        return switch (this) {
            case WEEK -> s.plusWeeks(1);
            case MONTH -> s.plusMonths(1);
            case QUARTER -> s.plusMonths(3);
        };
    }

    public static WindowSize parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("window must be week, month or quarter: " + s);
        }
    }
}
