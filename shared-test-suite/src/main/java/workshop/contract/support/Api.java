package workshop.contract.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A small HTTP/1.1 client bound to one server: the only way the contract touches an app. Where the run started
 * several instances of the app on one database, it knows them all ({@link #instance}).
 */
public final class Api {

    /**
     * How long the JDK's client keeps an idle connection for reuse: 1200 s unless the JVM is told otherwise.
     * The build tells it 20 s (the parent pom), below the apps' 30 s: a request must never go out on a
     * connection that the server is closing at that moment (see IdleConnectionTest).
     */
    public static final Duration IDLE_LIMIT = Duration.ofSeconds(Long.getLong("jdk.httpclient.keepalive.timeout", 1200));

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    /** The base URL of each instance of the app, this one's among them. */
    private final List<String> instances;

    Api(String baseUrl) {
        this(baseUrl, List.of(baseUrl));
    }

    private Api(String baseUrl, List<String> instances) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.instances = instances;
    }

    /** A client of each of the app's instances, all on one database; the first is the one tests talk to. */
    static Api ofInstances(List<String> baseUrls) {
        return new Api(baseUrls.get(0), List.copyOf(baseUrls));
    }

    /**
     * The client of the n-th instance of the app, counting round: the races send their requests to {@code
     * instance(0)}, {@code instance(1)} and so on, so that with two instances each request of a pair goes to
     * another one. With one instance, this client.
     */
    public Api instance(int n) {
        String url = instances.get(n % instances.size());
        return url.equals(baseUrl) ? this : new Api(url, instances);
    }

    /** How many instances of the app serve its database in this run. */
    public int instances() {
        return instances.size();
    }

    /** Where the app listens, such as {@code http://127.0.0.1:7001}, with no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public Reply get(String path) {
        return request("GET", path).send();
    }

    public Reply delete(String path) {
        return request("DELETE", path).send();
    }

    /** A POST without a body, such as a suspend or an activate. */
    public Reply post(String path) {
        return request("POST", path).send();
    }

    public Reply post(String path, String json) {
        return request("POST", path).json(json).send();
    }

    public Reply put(String path, String json) {
        return request("PUT", path).json(json).send();
    }

    /** Any method, with the JSON body unless it is GET or DELETE, whose bodies are outside the contract. */
    public Reply send(String method, String path, String json) {
        Request request = request(method, path);
        return (method.equals("GET") || method.equals("DELETE") ? request : request.json(json)).send();
    }

    /** Any method, with that body of that type; with no Content-Type when the type is null. */
    public Reply send(String method, String path, String contentType, String body) {
        return request(method, path).contentType(contentType).body(body).send();
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    /** Empty when GET /health answers 200 within 2 seconds; otherwise what went wrong. */
    Optional<String> unreachableReason() {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            int status = HTTP.send(probe, BodyHandlers.discarding()).statusCode();
            return status == 200 ? Optional.empty() : Optional.of("answered " + status + ", not 200");
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was interrupted");
        }
    }

    /** One request being built; without {@link #body} it is sent with no body and no Content-Type. */
    public final class Request {

        private final HttpRequest.Builder builder;
        private final String method;
        private final URI uri;
        private byte[] body;
        private boolean chunked;

        private Request(String method, String path) {
            this.method = method;
            this.uri = URI.create(baseUrl + path);
            this.builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        }

        public Request json(String json) {
            return contentType("application/json").body(json);
        }

        /** Sets the Content-Type; null leaves the request without one. */
        public Request contentType(String contentType) {
            return contentType == null ? this : header("Content-Type", contentType);
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        public Request body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        /** Whether to send the body with {@code Transfer-Encoding: chunked}, so without a Content-Length. */
        public Request chunked(boolean chunked) {
            this.chunked = chunked;
            return this;
        }

        /** Sends it; the exchange is checked against the OpenAPI document, and fails the test if it is not described. */
        public Reply send() {
            HttpRequest request = builder.method(method, publisher()).build();
            try {
                var response = HTTP.send(request, BodyHandlers.ofByteArray());
                Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
                UndescribedExchanges.check(request, body, reply);
                return reply;
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + uri + ": no response", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private BodyPublisher publisher() {
            if (body == null) {
                return BodyPublishers.noBody();
            }
            // A publisher of unknown length makes the JDK client send the body in chunks.
            return chunked
                    ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : BodyPublishers.ofByteArray(body);
        }
    }
}
