package com.siteline.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's link. Version 1 (rows written before V59): SHA-256 over the previous row's hash and every column of the
 * row but its id. Version 2: the same, but the three columns that may hold a customer's personal information (the
 * address, the record's label, the changes) enter by their own SHA-256, so that an erasure can replace their text
 * and keep their digests (in {@code *_digest}) and the chain still verifies.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    /** Version 2: the personal columns by their digests. */
    public static String v2(
            String previous,
            Instant at,
            String actor,
            String addressDigest,
            String recordType,
            String recordId,
            String labelDigest,
            Long businessUnitId,
            Long customerId,
            String action,
            String changesDigest) {
        return of(
                previous,
                at,
                actor,
                addressDigest,
                recordType,
                recordId,
                labelDigest,
                businessUnitId,
                customerId,
                action,
                changesDigest);
    }

    /** The digest a version 2 row's hash takes of a personal column (null stays a marked null). */
    public static String digest(String text) {
        if (text == null) {
            return "null";
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Version 1. */
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
