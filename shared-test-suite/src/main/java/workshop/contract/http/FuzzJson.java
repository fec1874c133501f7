package workshop.contract.http;

import java.util.function.Supplier;
import workshop.contract.support.FuzzRandom;
import workshop.contract.support.Json;

/** Random JSON values, valid but of any shape, and JSON-ish text that mostly is not JSON at all. */
final class FuzzJson {

    /** Member names: the accepted ones, the refused ones the contract names, case variants and oddities. */
    private static final String[] MEMBER_NAMES = {"name", "email", "id", "status", "createdAt", "Name", "EMAIL", "", " ",
            "x", "ü", "😀", "__proto__", "constructor", "$where"};

    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "1.5", "1e3", "-1.5E-7", "1e999999999",
            "9223372036854775808", "-9223372036854775809", "0.1e-999999999"};
    private static final String[] RAW_STRINGS = {"\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "\"\\u001f\"",
            "\"\\/\\b\\f\\n\\r\\t\"", "\"\\ud83d\\ude00\""};
    private static final String[] TOKENS = {"{", "}", "[", "]", ":", ",", "\"", "\"name\"", "\"email\"", "\"x\"",
            "1", "-", ".", "e", "0", "true", "nul", "fals", "\\", "\\u00", "'", " ", "\n", "\t", "\u00A0", "/*", "NaN"};
    private static final String CHARACTERS = "aZ09 _-@.,:;\"'\\/{}[]\t\n\r\u0000\u0001\u001f\u007f\u0085\u00A0\u00e9"
            + "\u2028\u202e\ufeff\u4e2d\ud83d\ude00";

    private final FuzzRandom random;

    FuzzJson(FuzzRandom random) {
        this.random = random;
    }

    /** Compact JSON text of a random value, at most depth levels of arrays and objects deep. */
    String value(int depth) {
        return switch (random.below(depth > 0 ? 8 : 6)) {
            case 0 -> Json.write(string());
            case 1 -> random.pick(NUMBERS);
            case 2 -> random.percent(50) ? Long.toString(random.nextLong()) : digits(random.between(20, 400));
            case 3 -> random.pick("true", "false", "null");
            case 4 -> random.pick(RAW_STRINGS);
            case 5 -> random.pick("{}", "[]", "\"\"");
            case 6 -> array(depth - 1);
            default -> object(depth - 1);
        };
    }

    /** A string of up to 20 characters among controls, white space, escapes, quotes, emoji... */
    String string() {
        return random.stringOf(CHARACTERS, random.below(21));
    }

    /** Up to 60 JSON tokens and near-tokens in any order: almost never parseable. */
    String jsonIsh() {
        StringBuilder text = new StringBuilder();
        for (int i = random.below(61); i > 0; i--) {
            text.append(random.pick(TOKENS));
        }
        return text.toString();
    }

    String digits(int count) {
        return random.between(1, 9) + random.stringOf("0123456789", count - 1);
    }

    /** A member of a random name, which may repeat one before it. */
    String member(int depth) {
        return Json.write(random.percent(80) ? random.pick(MEMBER_NAMES) : string()) + ":" + value(depth);
    }

    private String array(int depth) {
        return joined("[", "]", () -> value(depth));
    }

    private String object(int depth) {
        return joined("{", "}", () -> member(depth));
    }

    /** Up to four elements between the brackets. */
    private String joined(String open, String close, Supplier<String> element) {
        StringBuilder text = new StringBuilder(open);
        for (int i = random.below(5); i > 0; i--) {
            text.append(element.get()).append(i > 1 ? "," : "");
        }
        return text.append(close).toString();
    }
}
