package org.avow.core.extract;

import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the time expressions wire copy uses for an act ("on Tuesday", "yesterday", "last
 * month", "Nov. 14") against the article date. Without one, the act happened on the article date.
 */
public final class TemporalResolver {
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    private TemporalResolver() {
    }

    public static LocalDate eventDate(Sentence s, LocalDate articleDate) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            String prev = i > 0 ? s.token(i - 1).word().toLowerCase(Locale.ROOT) : "";
            if (w.equals("yesterday")) return articleDate.minusDays(1);
            if (prev.equals("last")) {
                switch (w) {
                    case "week": return articleDate.minusWeeks(1);
                    case "month": return articleDate.minusMonths(1);
                    case "year": return articleDate.minusYears(1);
                    default:
                        if (DAYS.containsKey(w)) return articleDate.with(TemporalAdjusters.previous(DAYS.get(w)));
                }
            }
            if (DAYS.containsKey(w)) {
                return articleDate.with(TemporalAdjusters.previousOrSame(DAYS.get(w)));
            }
            Month m = Character.isUpperCase(s.token(i).word().charAt(0)) ? month(w) : null;
            if (m != null && i + 1 < s.size()) {
                Token next = s.token(i + 1);
                if (next.word().matches("\\d{1,2}")) {
                    int day = Integer.parseInt(next.word());
                    if (day >= 1 && day <= m.length(articleDate.isLeapYear())) {
                        LocalDate d = LocalDate.of(articleDate.getYear(), m, day);
                        return d.isAfter(articleDate) ? d.minusYears(1) : d;
                    }
                }
            }
        }
        return articleDate;
    }

    private static Month month(String w) {
        String k = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (k.length() < 3) return null;
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (name.equals(k) || (k.length() >= 3 && k.length() <= 4 && name.startsWith(k) && !k.equals("may") && !k.equals("mar"))) return m;
        }
        if (k.equals("mar")) return Month.MARCH;
        return null;
    }
}
