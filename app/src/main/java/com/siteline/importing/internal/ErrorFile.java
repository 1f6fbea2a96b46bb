package com.siteline.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rows that were not imported, with the file's own columns plus the row number, what happened and why:
 * corrected, it can be imported again. Streamed to a temporary file (100 rows in memory at a time).
 */
public final class ErrorFile implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet;
    private final int columns;
    private int next = 1;

    public ErrorFile(List<String> headers, String rowHeader, String outcomeHeader, String reasonHeader) {
        sheet = workbook.createSheet();
        columns = headers.size();
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
        }
        header.createCell(columns).setCellValue(rowHeader);
        header.createCell(columns + 1).setCellValue(outcomeHeader);
        header.createCell(columns + 2).setCellValue(reasonHeader);
    }

    public void add(List<String> cells, int rowNumber, String outcome, String reasons) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns; i++) {
            // written as text, never as a formula: a cell that looks like one stays inert
            Cell cell = row.createCell(i);
            cell.setCellValue(i < cells.size() ? cells.get(i) : "");
        }
        row.createCell(columns).setCellValue(rowNumber);
        row.createCell(columns + 1).setCellValue(outcome);
        row.createCell(columns + 2).setCellValue(reasons);
    }

    public boolean isEmpty() {
        return next == 1;
    }

    /** The finished file's bytes. */
    public byte[] bytes() {
        try {
            Path file = Files.createTempFile("siteline-import-errors-", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
