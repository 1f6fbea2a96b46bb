package com.siteline.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findAllByOrderByBusinessUnitIdAscNameAsc();

    boolean existsByBusinessUnitIdAndName(long businessUnitId, String name);

    /** The teams of a unit that have the user as a member, by name. */
    @Query("select t from Team t join t.members m where t.businessUnitId = :unitId and m = :username order by t.name")
    List<Team> ofMember(long unitId, String username);
}
