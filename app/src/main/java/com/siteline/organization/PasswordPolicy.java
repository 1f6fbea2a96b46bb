package com.siteline.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: long enough (8 to 128 characters, any characters,
 * Chinese included), not the login name nor containing it, and not one of the passwords guessed first.
 * No rules about digits or capitals: length and the block list do more for strength.
 */
public final class PasswordPolicy {

    public static final int MIN = 8;
    public static final int MAX = 128;

    /** The most common passwords (leaked-password lists' top entries and their Chinese favourites). */
    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "12345678",
            "123456789",
            "1234567890",
            "11111111",
            "00000000",
            "88888888",
            "66666666",
            "qwertyui",
            "qwerty123",
            "abc12345",
            "abcd1234",
            "iloveyou",
            "admin123",
            "administrator",
            "welcome1",
            "1qaz2wsx",
            "a1234567",
            "woaini1314",
            "5201314520",
            "147258369",
            "123123123",
            "asdfghjk",
            "zxcvbnm1",
            "passw0rd");

    private PasswordPolicy() {}

    /** The problems of a password for a login name, as bundle keys; empty when it may be used. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN || password.length() > MAX) {
            problems.add("admin.users.error.password");
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.error.username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            problems.add("password.error.common");
        }
        return problems;
    }
}
