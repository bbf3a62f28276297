package org.partneracademy.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.testing.Entities.instantiate;
import static org.partneracademy.testing.Entities.set;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partneracademy.catalog.Course;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.RuleViolationException;

/** A candidacy's own rules: where each kind starts, the decision, withdrawal, closed candidacies stay closed. */
class TrainerCandidacyTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-05T09:00:00Z");

    @Test
    void anInitialCandidacyAwaitsTheVendorAndAReauthorisationStartsAtTheObservedDelivery() {
        assertThat(candidacy(CandidacyKind.INITIAL).getStatus()).isEqualTo(CandidacyStatus.NOMINATED);
        assertThat(candidacy(CandidacyKind.REAUTHORISATION).getStatus()).isEqualTo(CandidacyStatus.OBSERVED_DELIVERY);
    }

    @Test
    void aDeclineClosesItWithTheReasonAndItCannotBeDecidedAgain() {
        var candidacy = candidacy(CandidacyKind.INITIAL);
        candidacy.decide(false, "admin", "Not yet", T1);
        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.DECLINED);
        assertThat(candidacy.getDeclineReason()).isEqualTo("Not yet");
        assertThat(candidacy.getClosedAt()).isEqualTo(T1);
        assertThatThrownBy(() -> candidacy.decide(true, "admin", null, T1)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void withdrawalKeepsWhoAndWhyAndAWithdrawnCandidacyNeverMovesAgain() {
        var candidacy = candidacy(CandidacyKind.INITIAL);
        candidacy.decide(true, "admin", null, T0);
        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.LIVE_TRAINING);

        candidacy.withdraw("pa.fabrikam", "Left the company", T1);

        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(candidacy.getWithdrawnBy()).isEqualTo("pa.fabrikam");
        assertThat(candidacy.getWithdrawalReason()).isEqualTo("Left the company");
        assertThat(candidacy.getStepSince()).isEqualTo(T1);
        assertThatThrownBy(() -> candidacy.moveTo(CandidacyStatus.SHADOWING, T1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> candidacy.withdraw("admin", "again", T1)).isInstanceOf(RuleViolationException.class);
    }

    private static TrainerCandidacy candidacy(CandidacyKind kind) {
        var course = set(set(instantiate(Course.class), "code", "ILT-1"), "versionMajor", 2);
        return new TrainerCandidacy(instantiate(Person.class), course, kind, "pa.fabrikam", null, T0);
    }
}
