package com.siteline.importing.internal;

import com.siteline.base.SitelineI18NProvider;
import com.siteline.importing.ImportField;
import com.siteline.importing.ImportKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The template of an import kind: its columns in the user's language (required ones marked) and one example row. */
public final class Templates {

    private Templates() {}

    public static byte[] xlsx(ImportKind kind, Locale locale) {
        ResourceBundle words = SitelineI18NProvider.bundle(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(words.getString("import.kind." + kind.name()));
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < kind.fields().size(); i++) {
                ImportField field = kind.fields().get(i);
                header.createCell(i)
                        .setCellValue(words.getString(kind.labelKey(field.key())) + (field.required() ? " *" : ""));
                example.createCell(i).setCellValue(words.getString(kind.labelKey(field.key()) + ".example"));
                sheet.setColumnWidth(i, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
