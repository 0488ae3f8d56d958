package com.vivanta.ops.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subcommand's {@code --key=value} options, each with a default (null: required). run.sh passes them; people
 * rarely call the jar by hand, so a wrong option simply fails with its name.
 */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException naming an unknown option or a missing required one */
    public static Arguments parse(String[] args, Map<String, String> defaults) {
        Map<String, String> values = new HashMap<>(defaults);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (key == null || !defaults.containsKey(key)) {
                throw new IllegalArgumentException("Unknown option: " + arg + " (known: " + defaults.keySet() + ")");
            }
            values.put(key, arg.substring(equals + 1));
        }
        values.forEach((key, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("Missing option --" + key);
            }
        });
        return new Arguments(values);
    }

    public String string(String key) {
        return values.get(key);
    }

    public boolean isSet(String key) {
        return !values.get(key).isEmpty();
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " takes a whole number, not " + values.get(key));
        }
    }

    public double decimal(String key) {
        try {
            return Double.parseDouble(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " takes a number, not " + values.get(key));
        }
    }

    public Path path(String key) {
        return Path.of(values.get(key));
    }

    public Duration duration(String key) {
        return Durations.parse(values.get(key));
    }

    public List<String> list(String key) {
        String value = values.get(key);
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    public List<Integer> positiveIntegers(String key) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : list(key)) {
            int number;
            try {
                number = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1) {
                throw new IllegalArgumentException("--" + key + " takes positive whole numbers separated by commas, not "
                                                   + values.get(key));
            }
            numbers.add(number);
        }
        return List.copyOf(numbers);
    }
}
