package org.avow.core.compare;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static final List<LocalDate> AFFIRMED = List.of(d("2025-11-20"), d("2025-11-05"), d("2025-10-20"));
    private static final LocalDate END = d("2025-12-10");

    @Test
    void theFirstAffirmationOnOrAfterTheRequestWithinTheHorizonAnswersIt() {
        Latency.Response r = Latency.respond(d("2025-11-01"), AFFIRMED, 30, END);
        assertTrue(r.answered());
        assertEquals(4, r.days(), "11-05, not the earlier 10-20 nor the later 11-20");
        assertEquals(d("2025-11-05"), r.answeredOn());
        assertEquals(0, Latency.respond(d("2025-11-20"), AFFIRMED, 30, END).days(), "the same day counts");
    }

    @Test
    void unansweredRequestsAreCensoredAtTheHorizonOrWhereTheCorpusEnds() {
        Latency.Response horizon = Latency.respond(d("2025-11-06"), AFFIRMED, 10, END);
        assertFalse(horizon.answered(), "11-20 is 14 days later, past a 10-day horizon");
        assertEquals(10, horizon.days());
        assertNull(horizon.answeredOn());
        Latency.Response end = Latency.respond(d("2025-11-25"), AFFIRMED, 30, END);
        assertFalse(end.answered());
        assertEquals(15, end.days(), "observed 15 days, until the corpus ends on 12-10");
    }

    @Test
    void kaplanMeierCountsCensoredRequestsAsStillWaitingUntilTheyLeave() {
        // answered at 4, 10, 20; censored at 10 and 15
        List<Latency.Response> rs = List.of(new Latency.Response(4, true, null), new Latency.Response(10, true, null),
                new Latency.Response(10, false, null), new Latency.Response(15, false, null), new Latency.Response(20, true, null));
        Latency.Summary s = Latency.summarize(rs);
        // S(4) = 4/5 = 0.8; S(10) = 0.8 x 3/4 = 0.6 (5 at risk, then 4); the censored at 10 and 15 leave; S(20) = 0.6 x 0/1 = 0
        assertEquals(20.0, s.medianDays(), "the naive median of the answered (10) ignores who was still waiting");
        assertEquals(0.2, s.answeredWithin7(), 1e-12);
        assertEquals(1.0, s.answeredWithin30(), 1e-12);
        assertEquals(5, s.requests());
        assertEquals(3, s.answered());
        assertEquals(2, s.censored());
        List<Latency.Step> curve = Latency.curve(rs);
        assertEquals(List.of(4, 10, 20), curve.stream().map(Latency.Step::day).toList(), "one step per day with an answer");
        assertEquals(0.2, curve.get(0).answeredShare(), 1e-12);
        assertEquals(0.4, curve.get(1).answeredShare(), 1e-12);
        assertEquals(1.0, curve.get(2).answeredShare(), 1e-12);
    }

    @Test
    void noMedianWhenHalfAreNeverAnswered() {
        List<Latency.Response> rs = List.of(new Latency.Response(3, true, null), new Latency.Response(30, false, null),
                new Latency.Response(30, false, null));
        Latency.Summary s = Latency.summarize(rs);
        assertNull(s.medianDays(), "S stays at 2/3");
        assertEquals(1.0 / 3, s.answeredWithin7(), 1e-12);
        assertEquals(1.0 / 3, s.answeredWithin30(), 1e-12);
    }
}
