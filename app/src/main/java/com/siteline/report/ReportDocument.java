package com.siteline.report;

import com.siteline.report.internal.ReportPdf;
import com.siteline.report.internal.ReportWorkbook;
import java.util.ArrayList;
import java.util.List;

/**
 * A report or periodic document ready to write out, already in the reader's language: a title, a line
 * under it, and sections of text and tables. The same model becomes a PDF ({@link ReportPdf}) and an Excel
 * workbook ({@link ReportWorkbook}), so both files always hold the same figures.
 */
public record ReportDocument(String title, String subtitle, List<Section> sections) {

    /** A heading with paragraphs and an optional table (cells are numbers or text; null is empty). */
    public record Section(String heading, List<String> paragraphs, List<String> headers, List<List<Object>> rows) {

        public static Section text(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs), List.of(), List.of());
        }

        public static Section table(String heading, List<String> headers, List<List<Object>> rows) {
            return new Section(heading, List.of(), headers, rows);
        }
    }

    public byte[] pdf() {
        return ReportPdf.write(this, null);
    }

    /** The PDF of an export: every page's footer says who exported it and when ({@code stamp}). */
    public byte[] pdf(String stamp) {
        return ReportPdf.write(this, stamp);
    }

    /** The tables as sheets of one workbook (sections without a table are left out). */
    public byte[] workbook() {
        return workbook(null, null);
    }

    /** The workbook of an export: its author, and who exported it and when in its description and printed header. */
    public byte[] workbook(String author, String stamp) {
        List<ReportWorkbook.Sheet> sheets = new ArrayList<>();
        for (Section section : sections) {
            if (!section.headers().isEmpty()) {
                sheets.add(new ReportWorkbook.Sheet(
                        section.heading(),
                        title + " · " + subtitle + " · " + section.heading(),
                        section.headers(),
                        section.rows()));
            }
        }
        return ReportWorkbook.write(sheets, author, stamp);
    }
}
