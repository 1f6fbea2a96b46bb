package com.siteline.base.grid;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes what a grid shows (its visible columns in order, its filters and sort) to an .xlsx file,
 * page by page through the grid's own service, with Apache POI's streaming workbook so that a
 * long export holds only a window of rows in memory.
 */
public final class XlsxExport {

    /** Rows read from the service per round trip. */
    public static final int PAGE = 1000;
    /** The most rows one export writes (an Excel sheet holds 1,048,576). */
    public static final int MAX_ROWS = 1_000_000;

    private XlsxExport() {}

    /** Who exported the file and when, as the file says it: its author and its printed header line. */
    public record Stamp(String author, String line) {}

    /** One exported column: its header and how to turn a row into the cell's text. */
    public record Column<T>(String header, Function<T, String> value) {}

    /** Writes the sheet and returns the number of data rows; progress gets the rows written so far. */
    public static <T> long write(
            OutputStream out,
            String sheetName,
            List<Column<T>> columns,
            GridSource<T> source,
            GridQuery query,
            Stamp stamp,
            LongConsumer progress) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            // who exported it and when: the document's author and description, and the header line of every
            // printed page (the rows stay as the grid shows them)
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreator(stamp.author());
            properties.setDescription(stamp.line());
            sheet.getHeader().setLeft(stamp.line());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            List<T> page;
            do {
                page = source.page(query, rowIndex - 1, PAGE);
                for (T item : page) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int c = 0; c < columns.size(); c++) {
                        String value = columns.get(c).value().apply(item);
                        row.createCell(c).setCellValue(value == null ? "" : value);
                    }
                }
                progress.accept(rowIndex - 1L);
            } while (page.size() == PAGE && rowIndex <= MAX_ROWS);
            workbook.write(out);
            workbook.close();
            return rowIndex - 1L;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
