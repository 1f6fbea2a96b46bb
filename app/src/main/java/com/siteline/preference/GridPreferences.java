package com.siteline.preference;

import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.ColumnSetting;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridStateStore;
import com.siteline.base.grid.SavedView;
import com.siteline.preference.internal.GridPreference;
import com.siteline.preference.internal.GridPreferenceRepository;
import com.siteline.preference.internal.SavedViewRepository;
import com.siteline.preference.internal.SavedViewRow;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Per-user grid layouts and saved views, stored as JSON. */
@Service
@Transactional(readOnly = true)
public class GridPreferences implements GridStateStore {

    private static final TypeReference<List<ColumnSetting>> COLUMNS = new TypeReference<>() {
    };

    private final GridPreferenceRepository preferences;
    private final SavedViewRepository views;
    private final JsonMapper json;
    private final Clock clock;

    GridPreferences(GridPreferenceRepository preferences, SavedViewRepository views, JsonMapper json, Clock clock) {
        this.preferences = preferences;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<ColumnSetting> columns(String username, String gridId) {
        return preferences.findByUsernameAndGridId(username, gridId)
                .map(p -> json.readValue(p.getColumns(), COLUMNS)).orElse(List.of());
    }

    @Override
    @Transactional
    public void saveColumns(String username, String gridId, List<ColumnSetting> columns) {
        GridPreference preference = preferences.findByUsernameAndGridId(username, gridId)
                .orElseGet(() -> new GridPreference(username, gridId));
        preference.setColumns(json.writeValueAsString(columns), clock.instant());
        preferences.save(preference);
    }

    @Override
    public List<SavedView> views(String username, String gridId) {
        return views.visibleTo(username, gridId).stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public SavedView saveView(String username, String gridId, String name, boolean shared, GridQuery query) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException(List.of("grid.view.name-required"));
        }
        String stored = json.writeValueAsString(query);
        if (stored.length() > 4000) {
            throw new InvalidInputException(List.of("grid.view.too-long"));
        }
        return view(views.save(new SavedViewRow(username, gridId, name.strip(), shared, stored, clock.instant())));
    }

    @Override
    @Transactional
    public void deleteView(String username, long viewId) {
        views.findById(viewId).filter(v -> v.getOwner().equals(username)).ifPresent(views::delete);
    }

    private SavedView view(SavedViewRow row) {
        return new SavedView(row.getId(), row.getOwner(), row.getName(), row.isShared(),
                json.readValue(row.getQuery(), GridQuery.class), false);
    }
}
