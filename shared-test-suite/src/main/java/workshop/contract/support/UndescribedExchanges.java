package workshop.contract.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test that had an exchange the OpenAPI document does not describe (see {@link ExchangeCheck}). Every
 * request the contract sends goes through {@link Api}, which reports each exchange here; the test fails once it
 * has run, so that its own assertions, which say more, speak first. A run's tests run one at a time, so what
 * is found between two tests belongs to the one that ran; all but IdleConnectionTest, which waits beside them,
 * and whose two exchanges the document describes.
 */
final class UndescribedExchanges implements AfterEachCallback, AfterAllCallback {

    private static final int SHOWN = 3;
    /**
     * What each run of the contract found, for the thread that runs it and the threads its tests start (a race's
     * senders): two runs in one JVM, as the workshop's checks make them, each hear only of their own exchanges.
     */
    private static final ThreadLocal<Queue<String>> FOUND = new InheritableThreadLocal<>() {
        @Override
        protected Queue<String> initialValue() {
            return new ConcurrentLinkedQueue<>();
        }
    };

    /**
     * The fingerprints of the exchanges found described so far. The check is a function of the exchange alone, and
     * many repeat to the byte (a page of the listing read again, a load's answers): each is checked once a run.
     */
    private static final Set<String> DESCRIBED = ConcurrentHashMap.newKeySet();

    static void check(HttpRequest request, byte[] body, Reply reply) {
        try {
            String fingerprint = fingerprint(request, body, reply);
            if (DESCRIBED.contains(fingerprint)) {
                return;
            }
            Optional<String> undescribed = ExchangeCheck.undescribed(request, body, reply);
            undescribed.ifPresentOrElse(FOUND.get()::add, () -> DESCRIBED.add(fingerprint));
        } catch (RuntimeException | NoSuchAlgorithmException e) {
            FOUND.get().add("The exchange could not be checked against the OpenAPI document: " + e + "\n  request: "
                    + request.method() + " " + request.uri() + "\n  response: " + reply);
        }
    }

    /** All of the exchange but the time it was answered at: method, URI, headers and bodies both ways, status. */
    private static String fingerprint(HttpRequest request, byte[] body, Reply reply) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((request.method() + " " + request.uri() + "\n" + request.headers().map() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        digest.update(body == null ? new byte[0] : body);
        Map<String, List<String>> headers = new TreeMap<>(reply.headers().map());
        headers.remove("date");
        digest.update(("\n" + reply.status() + "\n" + headers + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(reply.bytes());
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failIfAnyFound();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failIfAnyFound();
    }

    private static void failIfAnyFound() {
        List<String> found = new ArrayList<>();
        for (String each = FOUND.get().poll(); each != null; each = FOUND.get().poll()) {
            found.add(each);
        }
        if (!found.isEmpty()) {
            String more = found.size() > SHOWN ? "\n... and " + (found.size() - SHOWN) + " more" : "";
            throw new AssertionError(found.size() + " exchange(s) of this test are not described by the OpenAPI"
                    + " document:\n" + String.join("\n", found.subList(0, Math.min(SHOWN, found.size()))) + more);
        }
    }
}
