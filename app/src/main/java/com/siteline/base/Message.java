package com.siteline.base;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Something to tell a user in their language: a bundle key and typed arguments. An argument says
 * what it is (a value shown as it is, a bundle key to translate, a time to show in the user's zone),
 * so no screen has to guess from an argument's text whether to translate it.
 */
public record Message(String key, List<Arg> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Arg... args) {
        return new Message(key, Arrays.asList(args));
    }

    public sealed interface Arg {}

    /** Shown as it is (a name, a number). */
    public record Value(Object value) implements Arg {}

    /** A bundle key, translated into the reader's language. */
    public record Key(String key) implements Arg {}

    /** A point in time, shown in the reader's zone. */
    public record At(Instant instant) implements Arg {}

    public static Arg value(Object value) {
        return new Value(value);
    }

    public static Arg key(String key) {
        return new Key(key);
    }

    /** The bundle key of an enum constant: {@code prefix + NAME}, the prefix ending in a dot ("issue.status."). */
    public static Arg key(String prefix, Enum<?> constant) {
        return new Key(prefix + constant.name());
    }

    public static Arg at(Instant instant) {
        return new At(instant);
    }

    /**
     * The text in a language.
     *
     * @param translate a bundle lookup (key, arguments) in the reader's language
     * @param time      how the reader sees a time
     */
    public String text(BiFunction<String, Object[], String> translate, Function<Instant, String> time) {
        Object[] values = args.stream()
                .map(arg -> switch (arg) {
                    case Value v -> v.value();
                    case Key k -> translate.apply(k.key(), new Object[0]);
                    case At a -> time.apply(a.instant());
                })
                .toArray();
        return translate.apply(key, values);
    }

    /** Stored form of an argument (for messages kept in the database, e.g. notifications). */
    public static String encode(Arg arg) {
        return switch (arg) {
            case Value v -> "v:" + v.value();
            case Key k -> "k:" + k.key();
            case At a -> "t:" + a.instant();
        };
    }

    /**
     * An argument from its stored form. Rows stored before arguments were typed (notifications of
     * Siteline 0.x) have no prefix: their only bundle keys were deadline kinds ({@code sla.kind.*}).
     */
    public static Arg decode(String stored) {
        if (stored.startsWith("k:")) {
            return new Key(stored.substring(2));
        }
        if (stored.startsWith("t:")) {
            return new At(Instant.parse(stored.substring(2)));
        }
        if (stored.startsWith("v:")) {
            return new Value(stored.substring(2));
        }
        return stored.startsWith("sla.kind.") ? new Key(stored) : new Value(stored);
    }

    /** An argument as plain text, untranslated (for a short summary column). */
    public static String plain(Arg arg) {
        return switch (arg) {
            case Value v -> String.valueOf(v.value());
            case Key k -> k.key();
            case At a -> a.instant().toString();
        };
    }

    @Override
    public String toString() {
        return key + args.stream().map(Message::encode).toList().toString().toLowerCase(Locale.ROOT);
    }
}
