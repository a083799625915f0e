package org.avow.core.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CommitmentTopicsTest {
    private final CommitmentTopics topics = CommitmentTopics.load(null);

    @Test
    void pledgesAndStandingAffirmationsHaveATopic() {
        assertEquals("ENERGY", topics.topic("PLEDGE", "Seoul pledged to buy more American LNG next year."));
        assertEquals("MUTUAL_DEFENSE", topics.topic("AFFIRM",
                "The secretary reaffirmed the ironclad U.S. commitment to the defense of the Philippines."));
        assertEquals("OTHER", topics.topic("PLEDGE", "Canberra promised to cooperate closely with Washington."));
    }

    @Test
    void praiseAndOtherActsCommitToNothing() {
        assertNull(topics.topic("AFFIRM", "The envoy praised Tokyo's energy purchases."));
        assertNull(topics.topic("REQUEST", "Manila urged Washington to honour the defense treaty."));
    }
}
