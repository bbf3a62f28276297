package org.partneracademy.certification.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A one-page A4 landscape certificate drawn with OpenPDF, the QR code drawn as vector squares (no
 * raster image, no AWT). Text goes through OpenPDF's text objects, which encode every character: a name
 * with brackets, backslashes or markup cannot break the document. The font is OpenPDF's embedded
 * Liberation Sans with Unicode encoding, so accented and non-Latin names print as typed; control
 * characters are dropped.
 */
@ApplicationScoped
public class OpenPdfCertificateRenderer implements CertificateRenderer {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);

    private volatile byte[] fontBytes;

    @Override
    public byte[] render(CertificateDocument certificate) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle("Certificate " + printable(certificate.verificationCode()));
        document.addCreator("Partner Academy");
        document.open();
        var font = baseFont();
        document.add(centered("Certificate of achievement", new Font(font, 30, Font.NORMAL, INK), 10));
        document.add(centered("This certifies that", new Font(font, 14), 18));
        document.add(centered(printable(certificate.holderName()), new Font(font, 26, Font.NORMAL, INK), 12));
        document.add(centered("holds the certification", new Font(font, 14), 12));
        document.add(centered(printable(certificate.certificationName()), new Font(font, 22, Font.NORMAL, INK), 6));
        document.add(centered("Level: " + printable(certificate.levelLabel()), new Font(font, 14), 24));
        document.add(left("Issued: " + date(certificate.issuedOn()), new Font(font, 12)));
        document.add(left("Expires: " + (certificate.expiresOn() == null ? "never" : date(certificate.expiresOn())), new Font(font, 12)));
        document.add(left("Verification code: " + printable(certificate.verificationCode()), new Font(font, 12)));
        document.add(left("Verify at: " + printable(certificate.verifyUrl()), new Font(font, 10)));
        drawQrCode(writer.getDirectContent(), certificate.verifyUrl(), document.right() - 150, document.bottom(), 150);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static Paragraph left(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** Drops control characters (including line breaks): a name is one line of text. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        return text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    private static void drawQrCode(PdfContentByte canvas, String content, float x, float y, float size) {
        try {
            var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            float module = size / matrix.getWidth();
            canvas.saveState();
            canvas.setColorFill(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        canvas.rectangle(x + column * module, y + size - (row + 1) * module, module, module);
                    }
                }
            }
            canvas.fill();
            canvas.restoreState();
        } catch (WriterException e) {
            throw new IllegalStateException("The verification address does not fit a QR code", e);
        }
    }

    private BaseFont baseFont() {
        try {
            if (fontBytes == null) {
                try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
                    if (in == null) {
                        throw new IllegalStateException("OpenPDF's font " + FONT + " is missing");
                    }
                    fontBytes = in.readAllBytes();
                }
            }
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
