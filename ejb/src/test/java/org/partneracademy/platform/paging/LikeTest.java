package org.partneracademy.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void theTextIsMatchedAnywhereAndItsWildcardsLiterally() {
        assertThat(Like.containing("Sales")).isEqualTo("%sales%");
        assertThat(Like.containing(" 100% ")).isEqualTo("%100!%%");
        assertThat(Like.containing("a_b!")).isEqualTo("%a!_b!!%");
    }

    @Test
    void blankIsNoSearch() {
        assertThat(Like.containing(null)).isNull();
        assertThat(Like.containing("   ")).isNull();
    }

    @Test
    void pagesKnowTheirOffsetAndWhetherMoreFollow() {
        assertThat(PageRequest.of(2, 25).offset()).isEqualTo(50);
        assertThat(PageRequest.ofFirst(50, 25).page()).isEqualTo(2);
        assertThat(Page.of(java.util.List.of(1, 2), 5, PageRequest.of(1, 2)).hasNext()).isTrue();
        assertThat(Page.of(java.util.List.of(1), 5, PageRequest.of(2, 2)).hasNext()).isFalse();
        assertThat(Page.of(java.util.List.of(1), 5, PageRequest.of(2, 2)).totalPages()).isEqualTo(3);
    }
}
