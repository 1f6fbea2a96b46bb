package com.siteline.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an .xlsx file (Apache POI): a title line, a bold header row and the rows, numbers as
 * numbers so managers can go on computing in Excel. Labels come translated from the screen.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {}

    /** One sheet: its name, a title line, the headers and the rows. */
    public record Sheet(String name, String title, List<String> headers, List<List<Object>> rows) {}

    /** Cells are {@link Number}s or text; {@code null} is an empty cell. */
    public static byte[] write(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        return write(List.of(new Sheet(sheetName, title, headers, rows)));
    }

    /** Several sheets in one workbook. */
    public static byte[] write(List<Sheet> sheets) {
        return write(sheets, null, null);
    }

    /** Several sheets in one workbook, exported by {@code author} as {@code stamp} says (null: not an export). */
    public static byte[] write(List<Sheet> sheets, String author, String stamp) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (stamp != null) {
                workbook.getProperties().getCoreProperties().setCreator(author);
                workbook.getProperties().getCoreProperties().setDescription(stamp);
            }
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Sheet one : sheets) {
                String name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(one.name());
                for (int n = 2; !names.add(name); n++) {
                    name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(one.name() + " " + n);
                }
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(name);
                fill(sheet, bold, one.title(), one.headers(), one.rows());
                if (stamp != null) {
                    sheet.getHeader().setLeft(stamp);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(
            org.apache.poi.ss.usermodel.Sheet sheet,
            CellStyle bold,
            String title,
            List<String> headers,
            List<List<Object>> rows) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(2);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == 0 ? 24 : 14) * 256);
        }
        sheet.createFreezePane(0, 3);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 3);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (cell != null) {
                    row.createCell(c).setCellValue(cell.toString());
                }
            }
        }
    }
}
