package it.orienta.reference;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaAppTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The labels of several tables' codes in one query: each table's own, unknown and empty codes left out. */
@OrientaAppTest
class ReferenceLabelsIT {

    @Autowired
    ReferenceService reference;

    @Test
    void labelsCodesOfSeveralTablesAtOnce() {
        var labels = reference.labels(Map.of(
                CodeSystem.MUNICIPALITY, Arrays.asList("048017", null, "999999"),
                CodeSystem.COUNTRY, List.of("100"),
                CodeSystem.PROFESSION, List.of()));
        assertThat(labels.get(CodeSystem.MUNICIPALITY)).containsOnlyKeys("048017");
        assertThat(labels.get(CodeSystem.MUNICIPALITY).get("048017")).startsWith("Firenze");
        assertThat(labels.get(CodeSystem.COUNTRY)).containsOnlyKeys("100");
        assertThat(labels.get(CodeSystem.PROFESSION)).isEmpty();
        assertThat(labels).doesNotContainKey(CodeSystem.EDUCATION_TITLE);
        assertThat(reference.sepSectors()).hasSize(24).isSameAs(reference.sepSectors());
    }
}
