package com.siteline.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AddressFailureRepository extends JpaRepository<AddressFailureRow, Long> {

    Optional<AddressFailureRow> findByChannelIdAndAddress(String channelId, String address);

    boolean existsByChannelIdAndAddressAndFailedAtAfter(String channelId, String address, Instant after);
}
