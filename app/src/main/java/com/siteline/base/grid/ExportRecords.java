package com.siteline.base.grid;

/**
 * Exports are recorded (不得擅自复制: who copied what out of Siteline): the audit module keeps each one with who,
 * which grid or report, its filter and how many rows; the file carries who exported it and when.
 */
public interface ExportRecords {

    /** Keeps that the signed-in user exported {@code rows} rows of {@code what} (a grid's or report's id) so filtered. */
    void exported(String what, String filter, long rows);

    /** What an exported file says of its export: the signed-in user's name (its author) and the line with the time. */
    XlsxExport.Stamp stamp();
}
