package com.siteline.base.grid;

import java.util.List;

/**
 * Where grids keep the signed-in user's column layout and saved views (implemented by the preference
 * module).
 */
public interface GridStateStore {

    /** The user's column layout of a grid, in display order; empty when they never changed it. */
    List<ColumnSetting> columns(String gridId);

    void saveColumns(String gridId, List<ColumnSetting> columns);

    /** The user's own views of a grid and those others shared, by name. */
    List<SavedView> views(String gridId);

    SavedView saveView(String gridId, String name, boolean shared, GridQuery query);

    /** Deletes a view the user owns; others' views are left alone. */
    void deleteView(long viewId);
}
