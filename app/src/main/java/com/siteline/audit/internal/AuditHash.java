package com.siteline.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The chain's link: SHA-256 over the previous row's hash and every column of the row but its id. */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    public static String of(
            String previous,
            Instant at,
            String actor,
            String address,
            String recordType,
            String recordId,
            String recordLabel,
            Long businessUnitId,
            Long customerId,
            String action,
            String changes) {
        StringBuilder text = new StringBuilder(256 + changes.length());
        text.append(previous)
                .append('\u001f')
                .append(at)
                .append('\u001f')
                .append(actor)
                .append('\u001f')
                .append(address)
                .append('\u001f')
                .append(recordType)
                .append('\u001f')
                .append(recordId)
                .append('\u001f')
                .append(recordLabel)
                .append('\u001f')
                .append(businessUnitId)
                .append('\u001f')
                .append(customerId)
                .append('\u001f')
                .append(action)
                .append('\u001f')
                .append(changes);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
