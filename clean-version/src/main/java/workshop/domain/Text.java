package workshop.domain;

import java.util.regex.Pattern;

/** What the name and email rules share about text. */
final class Text {

    private static final Pattern EDGE_WHITE_SPACE = Pattern.compile("\\A\\p{IsWhite_Space}+|\\p{IsWhite_Space}+\\z");

    private Text() {}

    /** Strips Unicode White_Space, which String.strip() does not do exactly (it keeps no-break spaces). */
    static String trim(String text) {
        return EDGE_WHITE_SPACE.matcher(text).replaceAll("");
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
