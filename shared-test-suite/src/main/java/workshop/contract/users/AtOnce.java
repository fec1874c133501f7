package workshop.contract.users;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import workshop.contract.support.Api;
import workshop.contract.support.Reply;

/** Sends requests to the app at the same instant, each from a thread of its own, for the tests of races. */
final class AtOnce {

    private final Api api;
    private final int connections;
    private boolean connected;

    /** For races of at most that many requests. */
    AtOnce(Api api, int connections) {
        this.api = api;
        this.connections = connections;
    }

    /**
     * Starts every request at once, and returns the replies in the order of the requests. The first time, it opens
     * as many connections as a race may have requests, to the instances its requests go to, so that no request of
     * a race waits for one.
     */
    List<Reply> send(List<Callable<Reply>> requests) throws Exception {
        if (!connected) {
            run(IntStream.range(0, connections)
                    .<Callable<Reply>>mapToObj(i -> () -> api.instance(i).get("/health")).toList());
            connected = true;
        }
        return run(requests);
    }

    private static List<Reply> run(List<Callable<Reply>> requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        List<Callable<Reply>> atOnce = requests.stream().<Callable<Reply>>map(request -> () -> {
            start.await();
            return request.call();
        }).toList();
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : threads.invokeAll(atOnce)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            threads.shutdownNow();
        }
    }
}
