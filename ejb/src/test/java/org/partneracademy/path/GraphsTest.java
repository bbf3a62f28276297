package org.partneracademy.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphsTest {

    @Test
    void aChainHasNoCycle() {
        assertThat(Graphs.findCycle(Map.of(1L, List.of(2L), 2L, List.of(3L)))).isEmpty();
    }

    @Test
    void aDiamondHasNoCycle() {
        assertThat(Graphs.findCycle(Map.of(1L, List.of(2L, 3L), 2L, List.of(4L), 3L, List.of(4L)))).isEmpty();
    }

    @Test
    void aNodePointingAtItselfIsACycle() {
        assertThat(Graphs.findCycle(Map.of(1L, List.of(1L)))).contains(List.of(1L, 1L));
    }

    @Test
    void aCycleThroughOthersIsReportedAlongItsPath() {
        var cycle = Graphs.findCycle(Map.of(1L, List.of(2L), 2L, List.of(3L), 3L, List.of(1L), 4L, List.of(1L)));

        assertThat(cycle).isPresent();
        var nodes = cycle.get();
        assertThat(nodes.get(0)).isEqualTo(nodes.get(nodes.size() - 1));
        assertThat(nodes).hasSize(4).containsAll(List.of(1L, 2L, 3L)).doesNotContain(4L);
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        var edges = new java.util.HashMap<Long, List<Long>>();
        for (long i = 0; i < 100_000; i++) {
            edges.put(i, List.of(i + 1));
        }
        assertThat(Graphs.findCycle(edges)).isEmpty();
        edges.put(100_000L, List.of(0L));
        assertThat(Graphs.findCycle(edges)).isPresent();
    }

    @Test
    void reachingFollowsEdgesBackwards() {
        assertThat(Graphs.reaching(3L, Map.of(1L, Set.of(2L), 2L, Set.of(3L), 4L, Set.of(5L))))
                .containsExactlyInAnyOrder(1L, 2L);
    }
}
