package com.siteline.organization;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import java.util.List;

/** The users grid of {@code admin/users}: its columns, read by {@link UserDirectory} and the view. */
public final class UserGrid {

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "users",
            List.of(GridSort.asc("username")),
            GridColumn.contains("username", "admin.users.username", "username")
                    .sorted()
                    .withIndex(),
            GridColumn.contains("name", "admin.users.name", "displayName").sorted(),
            GridColumn.plain("roles", "admin.users.roles", "roles"),
            GridColumn.plain("units", "admin.users.units", "businessUnits"),
            GridColumn.customChoice("status", "admin.users.status", "enabled", ACTIVE, INACTIVE),
            GridColumn.plain("lastSignIn", "admin.users.last-sign-in", "lastSignInAt")
                    .sorted());

    private UserGrid() {}
}
