package workshop.domain;

import java.util.function.IntPredicate;

/**
 * What the name and email rules share about text. The rules run each time a user is rebuilt,
 * from the database too (100 times for a page), so they read each character once, without regex.
 */
final class Text {

    private Text() {}

    /** Strips Unicode White_Space, which String.strip() does not do exactly (it keeps no-break spaces). */
    static String trim(String text) {
        int start = 0, end = text.length();
        while (start < end && isWhiteSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isWhiteSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether any code point of the text is of the kind: one plain pass, cheaper than a stream's. */
    static boolean hasAny(String text, IntPredicate kind) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (kind.test(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Unicode White_Space, as regex's \p{IsWhite_Space} has it: Zs, Zl, Zp, U+0009 to U+000D and U+0085. */
    static boolean isWhiteSpace(int c) {
        return Character.isSpaceChar(c) || (c >= 0x09 && c <= 0x0D) || c == 0x85;
    }

    /** Unicode category Cc, regex's \p{Cc}. */
    static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** A surrogate with no partner (category Cs): a pair would have made one code point. */
    static boolean isUnpairedSurrogate(int c) {
        return Character.getType(c) == Character.SURROGATE;
    }
}
