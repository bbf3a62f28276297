package org.partneracademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.ConflictException;

class CertificationTest {

    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void aNewCertificationIsAssignedInItsFirstCycleAndProgressesOnItsFirstRequirement() {
        var certification = new Certification(null, null, 1L, NOW);
        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.ASSIGNED);
        assertThat(certification.getCycleNo()).isEqualTo(1);

        certification.startProgress();

        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.IN_PROGRESS);
    }

    @Test
    void theWindowAndALapseEachBeginANewCycle() {
        var certification = new Certification(null, null, 1L, NOW);
        certification.certify(new CertificationDates.Dates(NOW, NOW.plusSeconds(10), NOW.plusSeconds(20), NOW.plusSeconds(30)));
        certification.openWindow();
        assertThat(certification.getCycleNo()).isEqualTo(2);
        certification.expire();
        certification.lapse();

        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(certification.getCycleNo()).isEqualTo(3);
        // Progress on the original path again.
        certification.startProgress();
        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.IN_PROGRESS);
    }

    @Test
    void progressNeverUndoesACertification() {
        var certification = new Certification(null, null, 1L, NOW);
        certification.certify(new CertificationDates.Dates(NOW, null, null, null));

        certification.startProgress();

        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.CERTIFIED);
    }

    @Test
    void revokingTwiceIsAConflict() {
        var certification = new Certification(null, null, 1L, NOW);
        certification.revoke();

        assertThatThrownBy(certification::revoke).isInstanceOf(ConflictException.class);
        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.REVOKED);
    }

    @Test
    void aRevokedCertificationAssignedAgainStartsOverInANewCycle() {
        var certification = new Certification(null, null, 1L, NOW);
        certification.certify(new CertificationDates.Dates(NOW, NOW, NOW, NOW));
        certification.revoke();

        certification.reassign(2L, NOW.plusSeconds(60));

        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.ASSIGNED);
        assertThat(certification.getCycleNo()).isEqualTo(2);
        assertThat(certification.getExpiresAt()).isNull();
    }

    @Test
    void verificationCodesAreSixteenBase32CharactersAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificationLifecycle.newCode();
            assertThat(code).matches("[A-Z2-7]{16}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }
}
