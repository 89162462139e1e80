package it.orienta.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mapping of the scales (ADR 0037): phase 2's 1–4 ratings say a point of profiling's 1–5 scale, as an aid. */
class PspAreasTest {

    @Test
    void theMeanOfTheRatingsMapsLinearlyOntoOneToFiveRoundedHalfUp() {
        assertThat(PspAreas.suggestedScore(List.of(1, 1, 1, 1, 1))).isEqualTo(1);
        assertThat(PspAreas.suggestedScore(List.of(2, 2, 2, 2, 2))).isEqualTo(2); // 2.33
        assertThat(PspAreas.suggestedScore(List.of(3, 2, 4, 3, 2, 1))).isEqualTo(3); // mean 2.5 → 3.0
        assertThat(PspAreas.suggestedScore(List.of(3, 3, 3, 3, 3))).isEqualTo(4); // 3.67
        assertThat(PspAreas.suggestedScore(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)))
                .isEqualTo(5);
        // mean 1.375 → 1.5 exactly: half up
        assertThat(PspAreas.suggestedScore(List.of(1, 1, 1, 1, 1, 2, 2, 2))).isEqualTo(2);
    }

    @Test
    void fewerThanFiveRatedAreasSuggestNothing() {
        assertThat(PspAreas.suggestedScore(List.of(4, 4, 4, 4))).isNull();
        assertThat(PspAreas.suggestedScore(List.of())).isNull();
    }

    @Test
    void theCurrentPspSaysTheMeanOfItsRatedAreasOnly() {
        var areas = new ArrayList<PspAreas.Area>();
        for (int n = 1; n <= PspAreas.AREAS; n++) {
            areas.add(new PspAreas.Area(n, n <= 6 ? List.of(3, 2, 4, 3, 2, 1).get(n - 1) : null, ""));
        }
        var current = new PspAreas.Current(UUID.randomUUID(), 1, "DRAFT", Instant.EPOCH, areas);
        assertThat(current.mean()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(current.suggestedScore()).isEqualTo(3);

        var none = new PspAreas.Current(
                UUID.randomUUID(), 1, "DRAFT", Instant.EPOCH, List.of(new PspAreas.Area(1, null, "")));
        assertThat(none.mean()).isNull();
        assertThat(none.suggestedScore()).isNull();
    }
}
