package com.siteline.notification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts channel secrets (passwords, keys) with AES-256-GCM under the installation's key: {@code
 * siteline.secrets.key} (Base64 of 32 bytes, e.g. from the environment) or else a key file made once with owner-only
 * permissions. Every node of one installation needs the same key; a value encrypted under another key does not open.
 */
@Component
class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(
            @Value("${siteline.secrets.key:}") String key,
            @Value("${siteline.secrets.key-file:./data/secret.key}") Path keyFile) {
        this.key = new SecretKeySpec(
                key.isBlank() ? fromFile(keyFile) : Base64.getDecoder().decode(key.trim()), "AES");
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "secret", ".key");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no owner-only mode: the directory's protection is all there is
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherNodeWasFirst) {
                Files.deleteIfExists(temporary);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("the secrets key file " + file + " cannot be read or made", e);
        }
    }

    String seal(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "a channel secret cannot be opened: it was stored under another secrets key", e);
        }
    }
}
