package org.copydesk.preflight;

import java.util.List;
import java.util.Objects;

/**
 * A message not yet put into words: a key of the preflight bundle and its arguments. Arguments are
 * text, numbers, other messages, or lists of messages (rendered one after another), so that a
 * machine reading {@code copydesk check --json} gets the facts in no particular language.
 *
 * @param key       the bundle key
 * @param arguments the values for the pattern's {0}, {1} ...
 */
public record Message(String key, List<Object> arguments) {
    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            requireRenderable(argument);
        }
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    private static void requireRenderable(Object argument) {
        if (argument instanceof List<?> list) {
            list.forEach(item -> {
                if (!(item instanceof Message)) {
                    throw new IllegalArgumentException("a list argument of a message holds messages only, not " + item);
                }
            });
        } else if (!(argument instanceof String || argument instanceof Number || argument instanceof Message)) {
            throw new IllegalArgumentException("a message argument is text, a number or a message, not " + argument);
        }
    }
}
