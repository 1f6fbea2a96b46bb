package com.siteline.sla.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRuleRepository extends JpaRepository<ResponseRuleRow, Long> {

    List<ResponseRuleRow> findByPluginIdOrderByPosition(String pluginId);

    boolean existsByPluginId(String pluginId);

    @Modifying
    @Query("delete from ResponseRuleRow r where r.pluginId = :pluginId")
    int deleteByPlugin(String pluginId);
}
