package org.partneracademy.reporting.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementUsage;

/**
 * The canonical text of a locked statement and its SHA-256, so that anyone holding the rows can recompute
 * the hash and see that nothing changed since the partner confirmed it. One field per line, UTF-8:
 * <pre>
 * partner-statement/1
 * number=ST-2026-000001
 * statement=41 partner=7 agreement=9 model=REVENUE_SHARE direction=PARTNER_INVOICES_VENDOR
 * period=2026-10-01..2026-10-31 revision=2
 * line=1|REVENUE_SHARE|amount|currency|basis|percent or -|sources|description
 * usage=metric|used|licensed or -|overUsed
 * </pre>
 * Lines in line-number order, usage by metric; numbers without trailing zeros (the database's scale
 * must not change the hash); {@code \}, {@code |} and line breaks in a description escaped.
 */
public final class StatementContent {

    private StatementContent() {
    }

    public static String canonical(PartnerStatement statement, String number, List<PartnerStatementLine> lines) {
        var text = new StringBuilder("partner-statement/1\n");
        text.append("number=").append(number).append('\n');
        text.append("statement=").append(statement.getId()).append(" partner=").append(statement.getPartnerId())
                .append(" agreement=").append(statement.getAgreementId()).append(" model=").append(statement.getModel())
                .append(" direction=").append(statement.getDirection()).append('\n');
        text.append("period=").append(statement.period().from()).append("..").append(statement.period().to())
                .append(" revision=").append(statement.getRevision()).append('\n');
        lines.stream().sorted(Comparator.comparingInt(PartnerStatementLine::getLineNo)).forEach(line -> text
                .append("line=").append(line.getLineNo()).append('|').append(line.getKind()).append('|')
                .append(plain(line.getAmount())).append('|').append(line.getCurrency()).append('|')
                .append(plain(line.getBasisAmount())).append('|').append(line.getPercent() == null ? "-" : plain(line.getPercent()))
                .append('|').append(line.getSources()).append('|').append(escape(line.getDescription())).append('\n'));
        statement.getUsage().stream().sorted(Comparator.comparing(u -> u.getMetric().name())).forEach((StatementUsage u) -> text
                .append("usage=").append(u.getMetric()).append('|').append(u.getUsed()).append('|')
                .append(u.getLicensed() == null ? "-" : u.getLicensed().toString()).append('|').append(u.isOverUsed())
                .append('\n'));
        return text.toString();
    }

    public static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hash(PartnerStatement statement, String number, List<PartnerStatementLine> lines) {
        return sha256(canonical(statement, number, lines));
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }
}
