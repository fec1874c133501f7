package workshop.contract.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workshop.contract.support.FuzzRandom;

/** Generates the fuzz run's requests: methods, paths, ids, query strings, headers and bodies, all from one seed. */
final class FuzzRequests {

    /** Each request the contract serves, as often as its weight: most requests should get past the routing. */
    private static final List<String> ROUTES = weighted("GET /health", 1, "GET /users", 3, "POST /users", 8,
            "GET /users/{id}", 3, "PUT /users/{id}", 6, "POST /users/{id}/suspend", 2, "POST /users/{id}/activate", 2,
            "DELETE /users/{id}", 1);
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "FOO", "BREW", "PROPFIND",
            "TRACE", "get", "Post", "M-SEARCH"};
    private static final String[] JSON_TYPES = {"application/json", "APPLICATION/JSON", "Application/Json; foo=bar",
            "application/json; charset=utf-8", "application/json;charset=ISO-8859-1"};
    private static final String[] OTHER_TYPES = {"text/plain", "application/jsonx", "application/problem+json",
            "application/json-patch+json", "*/*", "application/x-www-form-urlencoded", "multipart/form-data; b=x",
            "application/json, text/plain", ";", "json", "application/ json", "x"};
    private static final String[] ACCEPTS = {"application/json", "application/problem+json", "text/html", "*/*",
            "application/xml", "image/png", "text/plain;q=0.1, */*", "nonsense", ""};
    private static final String[][] JUNK_HEADERS = {{"Cookie", "a=b; c"}, {"Authorization", "Bearer x.y.z"},
            {"X-HTTP-Method-Override", "DELETE"}, {"X-Forwarded-For", "127.0.0.1, evil"}, {"If-None-Match", "*"},
            {"Origin", "http://evil.example"}, {"Content-Encoding", "gzip"}, {"Accept-Charset", "latin1"},
            {"Accept-Language", "xx"}, {"X-Requested-With", "XMLHttpRequest"}};
    /** Printable ASCII but space: what a header value may hold without the client refusing it. */
    private static final String VISIBLE = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~";

    private final FuzzRandom random;
    private final FuzzBodies bodies;
    private final FuzzPaths paths;

    FuzzRequests(FuzzRandom random, FuzzLedger ledger) {
        this.random = random;
        this.bodies = new FuzzBodies(random, ledger);
        this.paths = new FuzzPaths(random, ledger);
    }

    /** Marks every email the run sends. */
    String marker() {
        return bodies.marker();
    }

    /** Mostly a request the contract serves; else any method on any path, known or not. */
    FuzzRequest next() {
        String[] route = random.percent(75) ? random.pick(ROUTES).split(" ") : new String[] {random.pick(METHODS),
                random.percent(70) ? random.pick(FuzzPaths.KNOWN) : null};
        String method = route[0];
        FuzzPaths.Target target = paths.next(route[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        if (random.percent(40)) {
            headers.put("Accept", random.pick(ACCEPTS));
        }
        for (int i = random.below(3); i > 0; i--) {
            String[] junk = random.percent(50) ? random.pick(JUNK_HEADERS)
                    : new String[] {"X-Fuzz-" + random.stringOf("abcXYZ019-", 6), random.stringOf(VISIBLE, 100)};
            headers.put(junk[0], junk[1]);
        }
        // GET and DELETE bodies are outside the contract.
        if (method.equals("GET") || method.equals("DELETE") || random.percent(10)) {
            return new FuzzRequest(method, target.path(), headers, null, false, target.id());
        }
        if (random.percent(95)) {
            headers.put("Content-Type", random.percent(85) ? random.pick(JSON_TYPES) : random.pick(OTHER_TYPES));
        }
        return new FuzzRequest(method, target.path(), headers, bodies.next(), random.percent(20), target.id());
    }

    private static List<String> weighted(Object... routesAndWeights) {
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < routesAndWeights.length; i += 2) {
            routes.addAll(Collections.nCopies((Integer) routesAndWeights[i + 1], (String) routesAndWeights[i]));
        }
        return routes;
    }
}
