package org.partneracademy.certification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds {@link CertificationView}s: the current cycle's requirements explained, and every cycle's history. */
@Dependent
class CertificationViews {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CertificationLifecycle lifecycle;

    CertificationView view(Certification c) {
        var definition = c.getDefinition();
        var learner = c.getLearner();
        var labels = new RequirementLabels(em);
        var met = lifecycle.metRows(c);
        Instant since = lifecycle.cycleStart(c);
        String counts = since == null ? "work done at any time counts, also before the assignment"
                : "only work since " + since + " counts";
        List<CertificationView.RequirementStatus> requirements = new ArrayList<>();
        for (var path : lifecycle.candidatePaths(c)) {
            for (var r : path.getRequirements()) {
                var row = met.get(r.getId());
                String why = row != null ? "Met by " + row.getCause() + (row.getCauseRef() == null ? "" : " (" + row.getCauseRef() + ")")
                        : r.getKind() == RequirementKind.PERFORMANCE ? "Missing: a vendor admin confirms the figure"
                        : "Missing: " + counts;
                requirements.add(new CertificationView.RequirementStatus(r.getId(), path.getId(), path.getName(),
                        labels.label(r), row != null, row == null ? null : row.getMetAt(), row == null ? null : row.getCause(),
                        row == null ? null : row.getCauseRef(), why));
            }
        }
        var current = lifecycle.currentCertificate(c);
        return new CertificationView(c.getId(), definition.getId(), definition.getCode(), definition.getName(),
                definition.getLevel(), definition.getLevelName(), learner.getId(), learner.getDisplayName(),
                learner.getPartner() == null ? null : learner.getPartner().getName(), c.getStatus(), c.getCycleNo(),
                c.getAssignedAt(), c.getCertifiedAt(), c.getWindowOpensAt(), c.getExpiresAt(), c.getGraceEndsAt(),
                current.map(Certificate::getVerificationCode).orElse(null), explain(c), requirements, cycles(c));
    }

    private String explain(Certification c) {
        String level = lifecycle.holdsRequiredLevel(c) || c.getDefinition().getRequiresDefinitionId() == null ? ""
                : " It also needs the level below (" + em.find(CertificationDefinition.class,
                c.getDefinition().getRequiresDefinitionId()).getName() + ") held.";
        return switch (c.getStatus()) {
            case ASSIGNED, IN_PROGRESS -> "Complete every requirement of the original path." + level;
            case CERTIFIED -> c.getExpiresAt() == null ? "Certified; it never expires."
                    : "Certified until " + c.getExpiresAt() + "; the recertification window opens " + c.getWindowOpensAt() + ".";
            case WINDOW_OPEN -> "Recertification window open: complete a recertification path before " + c.getExpiresAt() + "." + level;
            case EXPIRED -> "Expired; a recertification path still counts until " + c.getGraceEndsAt() + "." + level;
            case LAPSED -> "Lapsed: complete the original path again." + level;
            case REVOKED -> "Revoked by the vendor.";
        };
    }

    private List<CertificationView.Cycle> cycles(Certification c) {
        Map<Long, String> pathNames = c.getDefinition().getPaths().stream()
                .collect(Collectors.toMap(CertificationPath::getId, CertificationPath::getName));
        Map<Integer, Certificate> certificates = em.createQuery(
                        "select c from Certificate c where c.certification = :c", Certificate.class)
                .setParameter("c", c).getResultList().stream()
                .collect(Collectors.toMap(Certificate::getCycleNo, Function.identity()));
        Map<Integer, List<CertificationView.EventView>> events = new TreeMap<>();
        em.createQuery("select e from CertificationEvent e where e.certificationId = :id order by e.occurredAt, e.id",
                        CertificationEvent.class).setParameter("id", c.getId()).getResultList()
                .forEach(e -> events.computeIfAbsent(e.getCycleNo(), k -> new ArrayList<>()).add(new CertificationView.EventView(
                        e.getOccurredAt(), e.getType(), e.getCause(), e.getCauseRef(), e.getActorId(), e.getNote())));
        certificates.keySet().forEach(cycle -> events.computeIfAbsent(cycle, k -> new ArrayList<>()));
        return events.entrySet().stream().map(entry -> {
            var certificate = certificates.get(entry.getKey());
            return new CertificationView.Cycle(entry.getKey(), certificate == null ? null
                    : new CertificationView.CertificateView(certificate.getId(), certificate.getVerificationCode(),
                    pathNames.getOrDefault(certificate.getPathId(), "#" + certificate.getPathId()),
                    certificate.getCompletedAt(), certificate.getIssuedAt(), certificate.getWindowOpensAt(),
                    certificate.getExpiresAt(), certificate.getGraceEndsAt(), certificate.getDefinitionRevision(),
                    certificate.getStatus(), certificate.getRevokedAt(), certificate.getRevokeReason()), entry.getValue());
        }).toList();
    }
}
