package workshop.contract.users;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The character classes the contract names, taken from the JDK's Unicode tables, as arguments of
 * parameterized tests ({@code @MethodSource("workshop.contract.users.Characters#whiteSpace")}), each named U+XXXX.
 */
final class Characters {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}");
    private static final int[] WHITE_SPACE_CODE_POINTS = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
            .filter(codePoint -> WHITE_SPACE.matcher(Character.toString(codePoint)).matches())
            .toArray();

    private Characters() {
    }

    /** Every character with Unicode's White_Space property: tab, line breaks, no-break spaces, U+3000... */
    static String allWhiteSpace() {
        return whiteSpaceCodePoints().mapToObj(Character::toString).collect(Collectors.joining());
    }

    static Stream<Named<String>> whiteSpace() {
        return named(whiteSpaceCodePoints());
    }

    /** U+0000 to U+001F and U+007F to U+009F. */
    static Stream<Named<String>> controls() {
        return named(controlCodePoints());
    }

    /** The control characters that trimming leaves in place, U+001C to U+001F among them (unlike String.strip()). */
    static Stream<Named<String>> controlsThatAreNotWhiteSpace() {
        return named(controlCodePoints().filter(codePoint -> !isWhiteSpace(codePoint)));
    }

    /** The character of a code point written in hex, such as "00A0". */
    static String of(String hex) {
        return Character.toString(Integer.parseInt(hex, 16));
    }

    private static IntStream whiteSpaceCodePoints() {
        return IntStream.of(WHITE_SPACE_CODE_POINTS);
    }

    private static IntStream controlCodePoints() {
        return IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F));
    }

    private static boolean isWhiteSpace(int codePoint) {
        return whiteSpaceCodePoints().anyMatch(space -> space == codePoint);
    }

    private static Stream<Named<String>> named(IntStream codePoints) {
        return codePoints.mapToObj(codePoint -> Named.of("U+%04X".formatted(codePoint), Character.toString(codePoint)));
    }
}
