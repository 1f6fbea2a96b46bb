package com.siteline.importing.internal;

import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a table row by row without holding it in memory: CSV through Commons CSV (UTF-8, with or without BOM, or
 * GBK as Chinese offices' Excel saves it), the first sheet of an .xlsx through POI's streaming SAX reader (POI's
 * zip guards refuse zip bombs). Empty rows are skipped; the first non-empty row is the header. A cell holding a
 * formula (in .xlsx) or starting like one (=, in .csv) is reported so the file can be refused: its value is
 * whatever Excel last computed, and formulas do not belong in data.
 */
public final class TableReader {

    /** The largest file taken (bytes). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The most data rows one file may have. */
    public static final int MAX_ROWS = 200_000;

    /** Gets the header once, then each data row with its 1-based row number as the user sees it in Excel. */
    public interface Rows {
        void header(List<String> header);

        /** @return false to stop reading */
        boolean row(int number, List<String> cells);
    }

    private TableReader() {}

    /** Reads the file; problems with the file itself are refused with a message, nothing read. */
    public static void read(String fileName, Path file, Rows rows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RefusedException("import.error.unreadable");
        }
        if (size > MAX_BYTES) {
            throw new RefusedException("import.error.size", Message.value(MAX_BYTES / 1024 / 1024));
        }
        if (size == 0) {
            throw new RefusedException("import.error.empty");
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            csv(file, rows);
        } else if (name.endsWith(".xlsx")) {
            xlsx(file, rows);
        } else {
            throw new RefusedException("import.error.type");
        }
    }

    /** UTF-8 if every byte sequence is valid UTF-8, else GBK if it is valid GBK, else refused. */
    static Charset charsetOf(Path file) {
        for (Charset candidate : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            CharsetDecoder decoder = candidate
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] chunk = new byte[1 << 16];
                ByteBuffer pending = ByteBuffer.allocate((1 << 16) + 8);
                java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 17);
                int read;
                boolean ok = true;
                while ((read = in.read(chunk)) > 0 && ok) {
                    pending.put(chunk, 0, read).flip();
                    var result = decoder.decode(pending, out, false);
                    ok = !result.isError();
                    pending.compact();
                    out.clear();
                }
                if (ok) {
                    pending.flip();
                    ok = !decoder.decode(pending, out, true).isError()
                            && !decoder.flush(out).isError()
                            && !pending.hasRemaining();
                }
                if (ok) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new RefusedException("import.error.unreadable");
            }
        }
        throw new RefusedException("import.error.encoding");
    }

    private static void csv(Path file, Rows rows) {
        Charset charset = charsetOf(file);
        try (Reader reader = Files.newBufferedReader(file, charset);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get()
                        .parse(reader)) {
            boolean header = true;
            int data = 0;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (header && !cells.isEmpty()) {
                    // a UTF-8 BOM stays in the first header cell
                    cells.set(0, cells.get(0).replace("\uFEFF", "").strip());
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header) {
                    rows.header(cells);
                    header = false;
                    continue;
                }
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c).startsWith("=")) {
                        throw formula(new CellReference((int) record.getRecordNumber() - 1, c).formatAsString(false));
                    }
                }
                if (++data > MAX_ROWS) {
                    throw new RefusedException("import.error.rows", Message.value(MAX_ROWS));
                }
                if (!rows.row((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
            if (header) {
                throw new RefusedException("import.error.empty");
            }
        } catch (java.io.UncheckedIOException | IOException | IllegalStateException e) {
            throw new RefusedException("import.error.csv");
        }
    }

    private static RefusedException formula(String cell) {
        return new RefusedException("import.error.formula", Message.value(cell));
    }

    /** Stops the SAX reader when the caller has had enough rows. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private static void xlsx(Path file, Rows rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RefusedException("import.error.empty");
            }
            SheetRows handler = new SheetRows(rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                FormulaWatch watch = new FormulaWatch(parser);
                watch.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, handler, new DataFormatter(), false));
                watch.parse(new InputSource(sheet));
            } catch (Enough done) {
                return;
            }
            if (!handler.sawHeader) {
                throw new RefusedException("import.error.empty");
            }
        } catch (RefusedException e) {
            throw e;
        } catch (FormulaFound e) {
            throw formula(e.cell);
        } catch (Exception | OutOfMemoryError e) {
            // not a zip, not a workbook, encrypted, or one of POI's zip-bomb guards tripped
            throw new RefusedException("import.error.xlsx");
        }
    }

    private static final class FormulaFound extends RuntimeException {
        final String cell;

        FormulaFound(String cell) {
            super(null, null, false, false);
            this.cell = cell;
        }
    }

    /** Passes the sheet's XML on and notices a cell with a formula ({@code <c r="B3"><f>…</f>}). */
    private static final class FormulaWatch extends XMLFilterImpl {
        private String cell;

        FormulaWatch(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                cell = atts.getValue("r");
            } else if ("f".equals(localName)) {
                throw new FormulaFound(cell);
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int data;
        boolean sawHeader;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            List<String> clean =
                    cells.stream().map(c -> c == null ? "" : c.strip()).toList();
            if (!sawHeader) {
                sawHeader = true;
                rows.header(clean);
                return;
            }
            if (++data > MAX_ROWS) {
                throw new RefusedException("import.error.rows", Message.value(MAX_ROWS));
            }
            if (!rows.row(rowNumber, clean)) {
                throw new Enough();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }
    }
}
