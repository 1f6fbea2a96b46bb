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

    /**
     * The most rows the signed-in user may export at once (their roles' largest limit, set by administrators on
     * {@code admin/export-limits}); {@link Long#MAX_VALUE} when a role of theirs has none.
     */
    long limit();

    /** Keeps that the signed-in user was refused an export of {@code rows} rows over their limit. */
    void refused(String what, String filter, long rows);
}
