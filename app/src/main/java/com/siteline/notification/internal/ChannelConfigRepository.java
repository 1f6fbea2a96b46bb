package com.siteline.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelConfigRepository extends JpaRepository<ChannelConfigRow, String> {}
