package com.siteline.base.grid;

/**
 * Exports are recorded (不得擅自复制: who copied what out of Siteline): the audit module keeps each one with who,
 * which grid or report, its filter and how many rows; the file carries who exported it and when.
 */
public interface ExportRecords {

    /** Keeps that the signed-in user exported {@code rows} rows of {@code what} (a grid's or report's id) so filtered. */
    void exported(String what, String filter, long rows);

    /** The stamp an exported file carries: the signed-in user's name and the time, in their language's order. */
    String stamp();

    /** The signed-in user's name, for a file's author. */
    String exporter();
}
