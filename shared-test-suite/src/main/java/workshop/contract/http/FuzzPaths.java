package workshop.contract.http;

import java.util.Locale;
import workshop.contract.support.FuzzRandom;

/**
 * Paths for the fuzz run: known ones, near-known ones, random segments, ids of all sorts, trailing slashes and
 * query strings. Only the run's own users are aimed at, so that it changes no one else's, even on a live server.
 */
final class FuzzPaths {

    /** What a generated path aims at: a user of the run, or none (null). */
    record Target(String path, Long id) {
    }

    /** The paths the contract serves; {id} stands for an id of any sort. */
    static final String[] KNOWN = {"/health", "/users", "/users/{id}", "/users/{id}/suspend", "/users/{id}/activate"};

    /** The characters a URI path segment may hold as they are, and escapes of all sorts. */
    private static final String SEGMENT = "aAzZ09-._~!$&'()*+,;=:@";
    private static final String[] ESCAPES = {"%2F", "%00", "%20", "%FF", "%C3%A9", "%D9%A3", "%2e%2e", "%25", "%3F"};
    private static final String[] FOREIGN_IDS = {"0", "-1", "+1", "1.0", "1e3", "0x1", "abc", "%D9%A3",
            "9223372036854775807", "9223372036854775808", "9".repeat(200), "%20"};
    private static final String[] NUMBERS = {"1", "10", "1000", "0", "-1", "1001", "", "abc", "1.5", "%2B5", "1e2",
            "007", "9223372036854775807", "9223372036854775808", "9".repeat(100), "%FF", "%00", "%D9%A3", "%20"};

    private final FuzzRandom random;
    private final FuzzLedger ledger;

    FuzzPaths(FuzzRandom random, FuzzLedger ledger) {
        this.random = random;
        this.ledger = ledger;
    }

    /** A path for the known one given (with a near-known variant now and then), or random segments for null. */
    Target next(String known) {
        boolean aimsAtAUser = known != null && known.contains("{id}") && random.percent(85);
        Long id = aimsAtAUser ? ledger.anyId(random).orElse(null) : null;
        String path = known == null ? randomSegments()
                : known.replace("{id}", id != null ? idOf(id) : random.pick(FOREIGN_IDS));
        if (known != null && random.percent(8)) {
            path = nearly(path);
        }
        path += random.percent(10) ? "/" : "";
        boolean listing = "/users".equals(known);
        return new Target(path + (random.percent(listing ? 60 : 10) ? query() : ""), id);
    }

    /** The id written as it is, with leading zeros, or with its digits escaped. */
    private String idOf(long id) {
        String digits = Long.toString(id);
        return switch (random.below(6)) {
            case 0 -> "000" + digits;
            case 1 -> digits.chars().mapToObj(digit -> "%3" + (char) digit).reduce("", String::concat);
            default -> digits;
        };
    }

    /** One letter of "users", "health", "suspend" or "activate" changed in case, doubled or dropped. */
    private String nearly(String path) {
        int at = path.indexOf(random.pick("u", "h", "s", "a", "e"), 1);
        if (at < 1) {
            return path.toUpperCase(Locale.ROOT);
        }
        return switch (random.below(3)) {
            case 0 -> path.substring(0, at) + Character.toUpperCase(path.charAt(at)) + path.substring(at + 1);
            case 1 -> path.substring(0, at) + path.charAt(at) + path.substring(at);
            default -> path.substring(0, at) + path.substring(at + 1);
        };
    }

    private String randomSegments() {
        StringBuilder path = new StringBuilder();
        for (int i = random.between(1, 3); i > 0; i--) {
            path.append('/').append(random.stringOf(SEGMENT, random.between(1, 8)))
                    .append(random.percent(20) ? random.pick(ESCAPES) : "");
        }
        return path.toString();
    }

    /** Up to three of: limit and offset of all sorts, parameters the contract ignores, and junk. */
    private String query() {
        StringBuilder query = new StringBuilder("?");
        for (int i = random.below(4); i > 0; i--) {
            query.append(switch (random.below(4)) {
                case 0 -> "limit=" + random.pick(NUMBERS);
                case 1 -> "offset=" + random.pick(NUMBERS);
                case 2 -> random.pick("limit", "offset", "", "x=1", "%FF=1", "limit=1&limit=x", "LIMIT=0");
                default -> random.stringOf(SEGMENT, random.between(1, 8));
            }).append(i > 1 ? "&" : "");
        }
        return query.toString();
    }
}
