package workshop.http;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Reads a whole number the strict way: ASCII digits only (leading zeros allowed), within bounds. */
final class WholeNumber {

    // Long.parseLong alone would also take a sign and non-ASCII digits such as "٣".
    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]+");

    private WholeNumber() {}

    static OptionalLong parse(String text, long min, long max) {
        if (text == null || !ASCII_DIGITS.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(text);
            return value >= min && value <= max ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
