package com.siteline.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessagePartRepository extends JpaRepository<MessagePartRow, Long> {

    Optional<MessagePartRow> findByChannelAndReference(String channel, String reference);

    List<MessagePartRow> findByMessageId(long messageId);
}
