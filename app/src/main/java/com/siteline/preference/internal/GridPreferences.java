package com.siteline.preference.internal;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.ColumnSetting;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridStateStore;
import com.siteline.base.grid.SavedView;
import com.siteline.organization.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Per-user grid layouts and saved views, stored as JSON. */
@Service
@Transactional(readOnly = true)
public class GridPreferences implements GridStateStore {

    private static final TypeReference<List<ColumnSetting>> COLUMNS = new TypeReference<>() {};

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
    public List<ColumnSetting> columns(String gridId) {
        String username = Actors.current();
        return preferences
                .findByUsernameAndGridId(username, gridId)
                .map(p -> json.readValue(p.getColumns(), COLUMNS))
                .orElse(List.of());
    }

    @Override
    @Transactional
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public void saveColumns(String gridId, List<ColumnSetting> columns) {
        String username = Actors.current();
        GridPreference preference = preferences
                .findByUsernameAndGridId(username, gridId)
                .orElseGet(() -> new GridPreference(username, gridId));
        preference.setColumns(json.writeValueAsString(columns), clock.instant());
        preferences.save(preference);
    }

    @Override
    public List<SavedView> views(String gridId) {
        String username = Actors.current();
        return views.visibleTo(username, gridId).stream().map(this::view).toList();
    }

    @Override
    @Transactional
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public SavedView saveView(String gridId, String name, boolean shared, GridQuery query) {
        String username = Actors.current();
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
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public void deleteView(long viewId) {
        String username = Actors.current();
        views.findById(viewId).filter(v -> v.getOwner().equals(username)).ifPresent(views::delete);
    }

    private SavedView view(SavedViewRow row) {
        return new SavedView(
                row.getId(),
                row.getOwner(),
                row.getName(),
                row.isShared(),
                json.readValue(row.getQuery(), GridQuery.class),
                false);
    }
}
