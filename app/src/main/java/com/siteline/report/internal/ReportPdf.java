package com.siteline.report.internal;

import com.siteline.report.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link ReportDocument} as an A4 PDF with OpenPDF: Latin text in Helvetica, Chinese in the Droid
 * Sans Fallback font that ships in {@code fonts/} (Apache 2.0), embedded as a subset of the glyphs used.
 */
public final class ReportPdf {

    private static final String CJK_FONT = "fonts/DroidSansFallbackFull.ttf";
    private static volatile byte[] cjkFont;

    private ReportPdf() {}

    /** The report as a PDF; {@code stamp} (null: none) is every page's footer: who exported it and when. */
    public static byte[] write(ReportDocument report, String stamp) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.addCreator("Siteline");
            if (stamp != null) {
                document.addAuthor(stamp);
                org.openpdf.text.HeaderFooter footer = new org.openpdf.text.HeaderFooter(phrase(stamp, 8), false);
                footer.setBorder(org.openpdf.text.Rectangle.NO_BORDER);
                footer.setAlignment(Element.ALIGN_RIGHT);
                document.setFooter(footer);
            }
            document.open();
            Paragraph title = paragraph(report.title(), 18);
            title.setSpacingAfter(4);
            document.add(title);
            Paragraph subtitle = paragraph(report.subtitle(), 10);
            subtitle.setSpacingAfter(12);
            document.add(subtitle);
            for (ReportDocument.Section section : report.sections()) {
                Paragraph heading = paragraph(section.heading(), 13);
                heading.setSpacingBefore(10);
                heading.setSpacingAfter(6);
                document.add(heading);
                for (String text : section.paragraphs()) {
                    Paragraph paragraph = paragraph(text, 10);
                    paragraph.setSpacingAfter(4);
                    document.add(paragraph);
                }
                if (!section.headers().isEmpty()) {
                    document.add(table(section.headers(), section.rows()));
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPTable table(List<String> headers, List<List<Object>> rows) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(phrase(header, 9));
            cell.setBackgroundColor(new java.awt.Color(0xE8, 0xEE, 0xF5));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<Object> row : rows) {
            for (int c = 0; c < headers.size(); c++) {
                Object value = c < row.size() ? row.get(c) : null;
                PdfPCell cell = new PdfPCell(phrase(text(value), 9));
                cell.setPadding(3);
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return new DecimalFormat("0.0").format(((Number) value).doubleValue());
        }
        return value.toString();
    }

    private static Paragraph paragraph(String text, float size) {
        return new Paragraph(phrase(text, size));
    }

    /** The text with each character set in the first font that has it: Helvetica, else the Chinese font. */
    private static Phrase phrase(String text, float size) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size));
        selector.addFont(new Font(cjk(), size));
        return selector.process(text == null ? "" : text);
    }

    private static BaseFont cjk() {
        try {
            return BaseFont.createFont(CJK_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontBytes() throws IOException {
        byte[] bytes = cjkFont;
        if (bytes == null) {
            try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(CJK_FONT)) {
                if (in == null) {
                    throw new IOException("missing " + CJK_FONT);
                }
                bytes = in.readAllBytes();
            }
            cjkFont = bytes;
        }
        return bytes;
    }
}
