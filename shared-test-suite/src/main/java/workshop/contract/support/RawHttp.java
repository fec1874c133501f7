package workshop.contract.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 as bytes on a socket, for what no well-behaved client sends (contradicting headers, a broken chunk,
 * an undecodable path) and for watching a connection itself. Such exchanges are outside the OpenAPI document,
 * so they are not checked against it.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /** A connection to the app behind {@code api}. */
    public static RawHttp open(Api api) {
        URI uri = URI.create(api.baseUrl());
        try {
            Socket socket = new Socket(uri.getHost(), uri.getPort());
            socket.setSoTimeout(10_000);
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + uri, e);
        }
    }

    /** Sends the request's lines as written (CRLF after each header line, then a blank line, then the body), and reads the answer. */
    public static Reply exchange(Api api, String head, String body) {
        try (RawHttp connection = open(api)) {
            return connection.send(head.replace("\n", "\r\n") + "\r\n" + body).reply();
        }
    }

    public RawHttp send(String request) {
        try {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next response: its status line, headers, and body by its length, its chunks, or up to the close. */
    public Reply reply() {
        try {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line = line(); !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon), name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
            }
            HttpHeaders all = HttpHeaders.of(headers, (name, value) -> true);
            return new Reply(status, all, body(all));
        } catch (IOException e) {
            throw new UncheckedIOException("no whole response", e);
        }
    }

    /** Waits, without sending anything, until the server closes the connection; the time it took, in milliseconds. */
    public long millisUntilClosed(long atMostMillis) {
        long start = System.nanoTime();
        try {
            socket.setSoTimeout((int) atMostMillis);
            int read = in.read();
            if (read >= 0) {
                throw new IllegalStateException("the server sent a byte unasked: " + read);
            }
        } catch (IOException stillOpenOrReset) {
            if (!stillOpenOrReset.getMessage().contains("reset")) {
                throw new UncheckedIOException("still open after " + atMostMillis + " ms", stillOpenOrReset);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private byte[] body(HttpHeaders headers) throws IOException {
        if (headers.firstValue("Transfer-Encoding").filter(value -> value.equalsIgnoreCase("chunked")).isPresent()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(), 16); size > 0; size = Integer.parseInt(line(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }
        var length = headers.firstValue("Content-Length");
        return length.isPresent() ? in.readNBytes(Integer.parseInt(length.get())) : in.readAllBytes();
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed in the middle of a line: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was left to do
        }
    }
}
