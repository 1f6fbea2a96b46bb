package com.siteline.preference.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GridPreferenceRepository extends JpaRepository<GridPreference, Long> {

    Optional<GridPreference> findByUsernameAndGridId(String username, String gridId);
}
