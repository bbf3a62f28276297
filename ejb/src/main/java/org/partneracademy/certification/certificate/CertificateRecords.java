package org.partneracademy.certification.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads certificates straight from the certification tables (V11), so that documents and verification
 * depend on the schema's meaning only and not on how the lifecycle maps it.
 */
@ApplicationScoped
public class CertificateRecords {

    /** Instants as microseconds since the epoch, computed in SQL: the columns hold UTC, whatever the session zone. */
    private static final String SELECT = """
            select c.id, c.certification_id, c.cycle_no, p.id, p.username, p.display_name, d.name, d.level,
                   d.level_name, timestampdiff(MICROSECOND, '1970-01-01', c.issued_at), timestampdiff(MICROSECOND, '1970-01-01', c.expires_at), c.verification_code, c.status, timestampdiff(MICROSECOND, '1970-01-01', c.revoked_at)
            from certificate c
            join certification n on n.id = c.certification_id
            join certification_definition d on d.id = n.definition_id
            join person p on p.id = n.learner_id
            """;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Optional<CertificateRecord> byId(long certificateId) {
        return one(em.createNativeQuery(SELECT + " where c.id = ?1").setParameter(1, certificateId).getResultList());
    }

    public Optional<CertificateRecord> byCode(String verificationCode) {
        return one(em.createNativeQuery(SELECT + " where c.verification_code = ?1")
                .setParameter(1, verificationCode).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static Optional<CertificateRecord> one(List<?> rows) {
        return ((List<Object[]>) rows).stream().findFirst().map(CertificateRecords::record);
    }

    private static CertificateRecord record(Object[] row) {
        return new CertificateRecord(number(row[0]), number(row[1]), (int) number(row[2]), number(row[3]),
                (String) row[4], (String) row[5], (String) row[6], (int) number(row[7]), (String) row[8],
                instant(row[9]), instant(row[10]), (String) row[11], (String) row[12], instant(row[13]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object epochMicros) {
        if (epochMicros == null) {
            return null;
        }
        long micros = ((Number) epochMicros).longValue();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
