package com.siteline.organization;

import java.util.List;

/** A repair technician (维修师傅) as dispatch offers them: who, the phone written on their jobs, their trades. */
public record Technician(String username, String displayName, String phone, List<String> trades) {

    /** Whether the technician works in a trade (named as people name it; null or blank: any trade). */
    public boolean works(String trade) {
        return trade == null || trade.isBlank() || trades.stream().anyMatch(t -> t.equalsIgnoreCase(trade.strip()));
    }

    /** Trades typed as people write them (中文顿号, commas, spaces between), each once, in the order typed. */
    public static List<String> parseTrades(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,\uFF0C\u3001;\uFF1B]+"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }
}
