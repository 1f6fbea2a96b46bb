package com.siteline.knowledge.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardReplyRepository extends JpaRepository<StandardReply, Long> {

    List<StandardReply> findByBusinessUnitIdOrderByUseCountDescIdAsc(long businessUnitId);

    List<StandardReply> findAllByOrderByBusinessUnitIdAscTitleAsc();
}
