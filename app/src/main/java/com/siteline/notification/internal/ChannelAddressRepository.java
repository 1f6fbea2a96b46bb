package com.siteline.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelAddressRepository extends JpaRepository<ChannelAddressRow, Long> {

    Optional<ChannelAddressRow> findByCustomerIdAndChannelId(long customerId, String channelId);

    List<ChannelAddressRow> findByCustomerId(long customerId);
}
