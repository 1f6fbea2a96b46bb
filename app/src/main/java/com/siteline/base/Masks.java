package com.siteline.base;

/**
 * Contact details shown only as far as a screen needs them (号码脱敏): enough to recognise a customer by, not to
 * copy: 138****1234, k***@example.com, an address to its district.
 */
public final class Masks {

    /** Characters of an address kept before it is masked: the city and district, as a rule. */
    static final int ADDRESS_KEPT = 6;

    private Masks() {}

    /** 138****1234 for a mobile number; the first three and the last four of any other (021****1234); "" for none. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.matches("1\\d{10}")) {
            return p.substring(0, 3) + "****" + p.substring(7);
        }
        return p.length() <= 7
                ? "****" + p.substring(Math.max(0, p.length() - 2))
                : p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }

    /** k***@example.com; "" for none. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        return at > 0 ? email.charAt(0) + "***" + email.substring(at) : "****";
    }

    /** The start of an address (its city and district) and ****; "" for none. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String a = address.strip();
        return a.length() <= ADDRESS_KEPT ? a : a.substring(0, ADDRESS_KEPT) + "****";
    }

    /** Any address a message went to: a phone or e-mail address masked as such, anything else to its last four. */
    public static String contact(String address) {
        if (address == null) {
            return "";
        }
        if (address.matches("1\\d{10}")) {
            return phone(address);
        }
        if (address.indexOf('@') > 0) {
            return email(address);
        }
        return "****" + address.substring(Math.max(0, address.length() - 4));
    }
}
