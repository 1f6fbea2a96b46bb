package com.siteline.channel.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into SMS parts: plain ASCII of up to 160 characters goes in the default alphabet as one part; anything
 * else (Chinese) in UCS-2, 70 characters in one part or 67 a part when concatenated, each part then starting with a
 * user data header (05 00 03 reference total number) so the phone joins them. A character made of two UTF-16 units
 * is never cut in half.
 */
final class SmsParts {

    static final int SINGLE_UCS2 = 70;
    static final int PART_UCS2 = 67;
    static final int SINGLE_ASCII = 160;

    /** The parts' bytes, and whether they are UCS-2 and carry headers. */
    record Split(List<byte[]> parts, boolean ucs2, boolean concatenated) {}

    private SmsParts() {}

    static Split split(String text, int reference) {
        if (text.length() <= SINGLE_ASCII && text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n')) {
            return new Split(List.of(text.getBytes(StandardCharsets.US_ASCII)), false, false);
        }
        if (text.length() <= SINGLE_UCS2) {
            return new Split(List.of(text.getBytes(StandardCharsets.UTF_16BE)), true, false);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PART_UCS2, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        if (pieces.size() > 255) {
            throw new IllegalArgumentException("a text of " + text.length() + " characters is too long for SMS");
        }
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            byte[] body = pieces.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + body.length];
            part[0] = 0x05;
            part[1] = 0x00;
            part[2] = 0x03;
            part[3] = (byte) reference;
            part[4] = (byte) pieces.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, 6, body.length);
            parts.add(part);
        }
        return new Split(parts, true, true);
    }
}
