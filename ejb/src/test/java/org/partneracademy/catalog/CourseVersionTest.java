package org.partneracademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.RuleViolationException;

/** The version rules: drafting from the published version, higher numbers only, drafts only editable, retiring. */
class CourseVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static Course published() {
        var course = CourseTest.draft();
        course.addModule("Intro", 10);
        course.addModule("Deep dive", 20);
        course.target(Set.of(Position.SALES_REP), List.of(new Brand("CORE", "Core platform")));
        course.addOffering(OfferingKind.ONSITE, new Price(new BigDecimal("2500"), "USD"));
        course.publish(NOW);
        return course;
    }

    @Test
    void aNewVersionCopiesContentAudiencesAndOfferings() {
        var v1 = published();

        var v2 = v1.draftNextVersion(2, 0, LATER);

        assertThat(v2.getCode()).isEqualTo("SALES-101");
        assertThat(v2.getVersionLabel()).isEqualTo("2.0");
        assertThat(v2.getStatus()).isEqualTo(CourseStatus.DRAFT);
        assertThat(v2.getModules()).extracting(CourseModule::getTitle).containsExactly("Intro", "Deep dive");
        assertThat(v2.getDurationMinutes()).isEqualTo(30);
        assertThat(v2.getAudiencePositions()).containsExactly(Position.SALES_REP);
        assertThat(v2.getAudienceBrands()).extracting(Brand::getCode).containsExactly("CORE");
        assertThat(v2.getOfferings()).extracting(CourseOffering::getKind)
                .containsExactlyInAnyOrder(OfferingKind.PUBLIC, OfferingKind.ONSITE);
        assertThat(v2.getListPrice()).isEqualByComparingTo("149.00");
        assertThat(v1.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void aNewVersionMustBeHigherThanThePublishedOne() {
        var course = CourseTest.draft();
        course.addModule("Intro", 10);
        course.publish(NOW);
        var v13 = course.draftNextVersion(1, 3, NOW);
        v13.publish(Optional.of(course), NOW);

        // Bad inputs: the same number, a lower minor, a lower major.
        for (int[] number : new int[][] {{1, 3}, {1, 2}, {0, 9}}) {
            assertThatThrownBy(() -> v13.draftNextVersion(number[0], number[1], LATER))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("must be higher than the published 1.3");
        }
        assertThat(v13.draftNextVersion(1, 4, LATER).getVersionLabel()).isEqualTo("1.4");
        assertThat(v13.draftNextVersion(2, 0, LATER).getVersionLabel()).isEqualTo("2.0");
    }

    @Test
    void onlyThePublishedVersionCanBeTheBaseOfANewOne() {
        var draft = CourseTest.draft();
        assertThatThrownBy(() -> draft.draftNextVersion(2, 0, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("drafted from its published version");

        var v1 = published();
        var v2 = v1.draftNextVersion(2, 0, LATER);
        v2.publish(Optional.of(v1), LATER);
        assertThatThrownBy(() -> v1.draftNextVersion(3, 0, LATER)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("RETIRED");
    }

    @Test
    void publishingAMajorVersionRetiresThePreviousOneAndSaysSo() {
        var v1 = published();
        var v2 = v1.draftNextVersion(2, 0, LATER);

        boolean major = v2.publish(Optional.of(v1), LATER);

        assertThat(major).isTrue();
        assertThat(v2.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(v2.getPublishedAt()).isEqualTo(LATER);
        assertThat(v1.getStatus()).isEqualTo(CourseStatus.RETIRED);
        assertThat(v1.getRetiredAt()).isEqualTo(LATER);
        assertThat(v1.isPublished()).isFalse();
    }

    @Test
    void supersedingRetiresTheOldVersionBeforeTheNewOneIsPublished() {
        var v1 = published();
        var v2 = v1.draftNextVersion(2, 0, LATER);

        assertThat(v2.supersede(Optional.of(v1), LATER)).isTrue();
        assertThat(v1.getStatus()).isEqualTo(CourseStatus.RETIRED);
        assertThat(v2.getStatus()).isEqualTo(CourseStatus.DRAFT);

        v2.publish(LATER);
        assertThat(v2.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void aMinorVersionRetiresThePreviousOneButIsNoContentUpdate() {
        var v1 = published();
        var v11 = v1.draftNextVersion(1, 1, LATER);

        assertThat(v11.publish(Optional.of(v1), LATER)).isFalse();
        assertThat(v1.getStatus()).isEqualTo(CourseStatus.RETIRED);
    }

    @Test
    void theFirstVersionIsNoContentUpdate() {
        var course = CourseTest.draft();
        course.addModule("Intro", 10);
        assertThat(course.publish(Optional.empty(), NOW)).isFalse();
    }

    @Test
    void onlyDraftsCanBeEdited() {
        var v1 = published();
        var modules = List.of(new NewModule("Changed", 5, null));

        assertThatThrownBy(() -> v1.revise("New title", null, CourseFormat.BLENDED, "de", CourseTrack.SALES,
                Set.of(), List.of(), modules)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only a draft can be edited");
        assertThatThrownBy(() -> v1.addModule("More", 5)).isInstanceOf(RuleViolationException.class);
        assertThat(v1.getTitle()).isEqualTo("Selling");
    }

    @Test
    void revisingADraftRewritesItsModulesByPosition() {
        var draft = CourseTest.draft();
        draft.addModule("One", 10);
        draft.addModule("Two", 10);
        draft.addModule("Three", 10);

        draft.revise("Selling 2", "new", CourseFormat.BLENDED, "de", CourseTrack.SALES, Set.of(Position.MANAGER), List.of(),
                List.of(new NewModule("Uno", 15, null), new NewModule("Dos", 25, null)));

        assertThat(draft.getTitle()).isEqualTo("Selling 2");
        assertThat(draft.getTrack()).isEqualTo(CourseTrack.SALES);
        assertThat(draft.getAudiencePositions()).containsExactly(Position.MANAGER);
        assertThat(draft.getModules()).extracting(CourseModule::getTitle).containsExactly("Uno", "Dos");
        assertThat(draft.getModules()).extracting(CourseModule::getPosition).containsExactly(1, 2);
        assertThat(draft.getDurationMinutes()).isEqualTo(40);
    }

    @Test
    void aPublishedVersionCannotBePublishedOverAHigherOne() {
        var v1 = published();
        var v2 = v1.draftNextVersion(2, 0, LATER);
        v2.publish(Optional.of(v1), LATER);
        var stray = Entitiesless.draftNumbered(1, 5);

        assertThatThrownBy(() -> stray.publish(Optional.of(v2), LATER)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("must be higher than the published 2.0");
        assertThat(v2.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void eachOfferingKindOncePerVersionAndNoneOnRetiredVersions() {
        var v1 = published();
        assertThatThrownBy(() -> v1.addOffering(OfferingKind.PUBLIC, new Price(BigDecimal.TEN, "EUR")))
                .isInstanceOf(ConflictException.class);

        var v2 = v1.draftNextVersion(2, 0, LATER);
        v2.publish(Optional.of(v1), LATER);
        assertThatThrownBy(() -> v1.addOffering(OfferingKind.PRIVATE, new Price(BigDecimal.TEN, "EUR")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("retired");
        assertThat(v2.addOffering(OfferingKind.PRIVATE, new Price(BigDecimal.TEN, "EUR")).getListPrice())
                .isEqualByComparingTo("10.00");
    }

    /** A draft with a given number, built the way a stray older draft would look. */
    private static final class Entitiesless {
        static Course draftNumbered(int major, int minor) {
            var course = CourseTest.draft();
            course.addModule("Intro", 10);
            org.partneracademy.testing.Entities.set(course, "versionMajor", major);
            org.partneracademy.testing.Entities.set(course, "versionMinor", minor);
            return course;
        }
    }
}
