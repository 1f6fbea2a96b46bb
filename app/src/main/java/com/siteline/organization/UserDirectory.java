package com.siteline.organization;

import com.siteline.base.Actors;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSource;
import com.siteline.base.grid.JpaGrid;
import com.siteline.organization.internal.AppUser;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All users, for administrators: the {@link UserGrid} over the user table. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Can.ADMINISTER)
public class UserDirectory implements GridSource<UserSummary> {

    private final EntityManager em;
    private final JpaGrid<AppUser> grid;

    UserDirectory(EntityManager em) {
        this.em = em;
        // the grid has no day filter, so no zone is ever read
        this.grid = new JpaGrid<>(
                        AppUser.class,
                        UserGrid.DEFINITION,
                        user -> ZoneId.of("Asia/Shanghai"),
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(
                                        cb.lower(root.get("username")),
                                        "%" + JpaGrid.escape(text.toLowerCase()) + "%",
                                        '\\'),
                                cb.like(root.get("displayName"), "%" + JpaGrid.escape(text) + "%", '\\')))
                .bind("status", (filter, user) -> (root, q, cb) -> {
                    Set<String> values = ((ColumnFilter.Choice) filter).values();
                    if (values.contains(UserGrid.ACTIVE) == values.contains(UserGrid.INACTIVE)) {
                        return cb.conjunction();
                    }
                    return cb.equal(root.get("enabled"), values.contains(UserGrid.ACTIVE));
                });
    }

    @Override
    public GridDefinition definition() {
        return grid.definition();
    }

    @Override
    public List<UserSummary> page(GridQuery query, int offset, int limit) {
        return grid.page(em, where(query), query, offset, limit).stream()
                .map(OrganizationService::summaryOf)
                .toList();
    }

    @Override
    public long count(GridQuery query) {
        return grid.count(em, where(query));
    }

    private Specification<AppUser> where(GridQuery query) {
        return grid.where((root, q, cb) -> cb.conjunction(), query, Actors.current());
    }
}
