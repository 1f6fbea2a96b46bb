package com.siteline.preference.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SavedViewRepository extends JpaRepository<SavedViewRow, Long> {

    @Query(
            "select v from SavedViewRow v where v.gridId = :gridId and (v.owner = :owner or v.shared = true) order by v.name")
    List<SavedViewRow> visibleTo(String owner, String gridId);
}
