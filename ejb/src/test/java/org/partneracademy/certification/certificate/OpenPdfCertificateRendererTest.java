package org.partneracademy.certification.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpenPdfCertificateRendererTest {

    private final OpenPdfCertificateRenderer renderer = new OpenPdfCertificateRenderer();

    @Test
    void printsEveryFieldAndParsesBack() throws IOException {
        var pdf = renderer.render(new CertificateDocument("Alice Example", "Network Security", "Professional",
                LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1), "ABCD-EFGH-JKLM", "http://localhost:8080/verify/ABCD-EFGH-JKLM"));

        var text = text(pdf);
        assertThat(text).contains("Alice Example", "Network Security", "Level: Professional", "Issued: 1 March 2026",
                "Expires: 1 March 2028", "ABCD-EFGH-JKLM", "http://localhost:8080/verify/ABCD-EFGH-JKLM");
    }

    /** Brackets, backslashes, markup and PDF operators in a name are text, not syntax; accents print as typed. */
    @Test
    void aNameFullOfPdfSyntaxIsPrintedAsText() throws IOException {
        var name = "Zoë (O'Brien) \\) Tj ET <</Type /Catalog>> Łukasz\nSecond line";
        var pdf = renderer.render(new CertificateDocument(name, "Cert ) (x", "Level 1",
                LocalDate.of(2026, 3, 1), null, "CODE1234", "http://localhost:8080/verify/CODE1234"));

        var text = text(pdf);
        assertThat(text).contains("Zoë (O'Brien) \\) Tj ET <</Type /Catalog>> ŁukaszSecond line", "Cert ) (x", "Expires: never");
    }

    private static String text(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
