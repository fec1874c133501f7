package workshop.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends requests at the same instant, each from a thread of its own, for the tests of races. */
final class AtOnce implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    AtOnce(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Opens as many connections as there are threads, so that no request of a race waits for one. */
    void openConnections(Api api) throws Exception {
        send(Collections.nCopies(threads, () -> api.get("/health")));
    }

    /** Starts every request at once, and returns the replies in the order of the requests. */
    List<Reply> send(List<Callable<Reply>> requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.size()); // at most one request per thread
        List<Callable<Reply>> atOnce = requests.stream().<Callable<Reply>>map(request -> () -> {
            start.await();
            return request.call();
        }).toList();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> reply : pool.invokeAll(atOnce)) {
            replies.add(reply.get());
        }
        return replies;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
