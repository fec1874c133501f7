package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.FieldError.isRequired;
import static workshop.contract.support.Problems.assertInvalidBody;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.RawHttp;

/**
 * docs/API.md, "Settings": "The server closes a connection that has been idle for 30 s. A client that keeps
 * connections open for reuse should let them go sooner (the contract suite's client lets them go after 20 s)".
 * It waits half a minute, so it runs beside the rest of the contract, and is left out of the runs that must be
 * quick: a live run, and the refactor's stages (tagged "idle").
 */
@Contract
@Tag("idle")
@Execution(ExecutionMode.CONCURRENT)
@DisplayName("The server closes a connection idle for 30 s; the contract's client never sends on one idle that long")
class IdleConnectionTest {

    private static final Duration SERVER_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Time enough for a request to go out and for the close to come back, on a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private final Api api;

    IdleConnectionTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("a connection idle for 30 s is closed by the server; a client that waited that long is answered")
    void closesAnIdleConnectionAfter30Seconds() {
        assertThat(api.get("/health").status()).isEqualTo(200); // the client now holds an idle connection

        long closedAfter;
        try (RawHttp connection = RawHttp.open(api)) {
            assertThat(connection.send("GET /health HTTP/1.1\r\nHost: app\r\n\r\n").reply().status()).isEqualTo(200);
            closedAfter = connection.millisUntilClosed(SERVER_IDLE_TIMEOUT.plus(MARGIN).toMillis());
        }

        assertThat(closedAfter).as("ms until the server closed an idle connection")
                .isBetween(SERVER_IDLE_TIMEOUT.toMillis() - 1_000, SERVER_IDLE_TIMEOUT.plus(MARGIN).toMillis());
        assertThat(Api.IDLE_LIMIT).as("how long the contract's client reuses an idle connection")
                .isLessThanOrEqualTo(SERVER_IDLE_TIMEOUT.minus(MARGIN));
        // Over a connection idle for 30 s, unless the client dropped it: answered either way. A POST, which the
        // client does not send again on a connection it finds closed, and one that changes nothing: the other tests,
        // which run meanwhile, count the users they list.
        assertInvalidBody(api.post("/users", "{}"), isRequired("name"), isRequired("email"));
    }
}
