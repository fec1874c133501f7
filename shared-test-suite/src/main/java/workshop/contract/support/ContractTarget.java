package workshop.contract.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import workshop.contract.AppLauncher;
import workshop.contract.DatabaseSettings;
import workshop.contract.RunningApp;

/**
 * Decides which server the contract talks to. With {@code -Dcontract.baseUrl=http://127.0.0.1:7001} it is
 * that live server; otherwise it is one app per test run, started through the {@link AppLauncher} that the
 * app's test classpath provides, on a fresh database ({@link Databases}), and stopped when the run ends; or, when
 * the run's configuration parameter {@code contract.instances} is 2, two instances of the app on that one
 * database. It gives a test what it asks for: an {@link Api} bound to that server, an {@link InProcess} to start apps of its own, and a
 * {@link Browser} on that server, closed once the test has run.
 */
public final class ContractTarget implements ParameterResolver {

    static final String BASE_URL_PROPERTY = "contract.baseUrl";
    static final String INSTANCES_PARAMETER = "contract.instances";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContractTarget.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Api.class || type == InProcess.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == InProcess.class) {
            return liveBaseUrl(context).isPresent()
                    ? InProcess.disabled() : new InProcess(launcher(), Databases.of(context));
        }
        // The root store is shared by every test class of the run and closes the app at its end.
        Api api = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedTarget.class, key -> SharedTarget.open(context), SharedTarget.class)
                .api();
        if (parameter.getParameter().getType() == Browser.class) {
            // In the store of the test that asked for it, which closes it once that test has run.
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(Browser.class, key -> new Browser(api), Browser.class);
        }
        return api;
    }

    /**
     * The live server's address: the run's configuration parameter {@code contract.baseUrl}, which JUnit also
     * reads from the system property ({@code -Dcontract.baseUrl}); empty when the contract starts the app itself.
     * A run that passes it as a parameter leaves the JVM's other runs alone.
     */
    static Optional<String> liveBaseUrl(ExtensionContext context) {
        return context.getConfigurationParameter(BASE_URL_PROPERTY).map(String::strip).filter(url -> !url.isEmpty());
    }

    /** Fails, saying what to do, when nothing answers at {@code -Dcontract.baseUrl}, if it is given. */
    public static void assertLiveServerAnswers() {
        Optional.ofNullable(System.getProperty(BASE_URL_PROPERTY)).filter(url -> !url.isBlank()).ifPresent(url ->
                new Api(url.strip()).unreachableReason().ifPresent(reason -> {
                    throw new IllegalStateException(notRunning(url.strip(), reason));
                }));
    }

    /** What to do when nothing answers at the live base URL. */
    static String notRunning(String url, String reason) {
        return "The contract cannot reach the app at " + url + ": GET /health " + reason + "."
                + "\nStart the apps first, in the project root: ./mvnw -q compile exec:exec"
                + " (mvc-version listens on 7001, clean-version on 7002)."
                + "\nTo run the contract without starting an app: ./mvnw verify starts each app itself.";
    }

    static AppLauncher launcher() {
        List<AppLauncher> launchers = ServiceLoader.load(AppLauncher.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        if (launchers.size() != 1) {
            throw new ParameterResolutionException("The contract needs a server: found " + launchers.size()
                    + " AppLauncher(s) in META-INF/services/workshop.contract.AppLauncher, expected exactly one."
                    + " To test a running server instead, pass -D" + BASE_URL_PROPERTY + "=http://127.0.0.1:7001");
        }
        return launchers.get(0);
    }

    /** The server shared by the tests of one run: a live one, or an app started once, lazily. */
    private static final class SharedTarget implements AutoCloseable {

        private final Api api;
        private final List<RunningApp> apps;
        private final String failure;
        /** On a live server, the users it had before the run: the only ones it keeps after it. */
        private final Set<Long> found;

        private SharedTarget(Api api, List<RunningApp> apps, String failure, Set<Long> found) {
            this.api = api;
            this.apps = apps;
            this.failure = failure;
            this.found = found;
        }

        static SharedTarget open(ExtensionContext context) {
            Optional<String> live = liveBaseUrl(context);
            if (live.isPresent()) {
                Api api = new Api(live.get());
                // Checked once per run; a failure is kept so that every test fails at once with it.
                String failure = api.unreachableReason().map(reason -> notRunning(live.get(), reason)).orElse(null);
                return new SharedTarget(api, List.of(), failure, failure == null ? ids(Users.all(api)) : Set.of());
            }
            DatabaseSettings database = Databases.of(context).fresh();
            int instances = context.getConfigurationParameter(INSTANCES_PARAMETER, Integer::parseInt).orElse(1);
            List<RunningApp> apps = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                apps.add(launcher().start(database));
            }
            return new SharedTarget(Api.ofInstances(apps.stream().map(RunningApp::baseUrl).toList()), apps, null, Set.of());
        }

        Api api() {
            if (failure != null) {
                throw new ParameterResolutionException(failure);
            }
            return api;
        }

        /**
         * Stops the app the run started; or, on a live server, deletes every user the run made (any user that
         * was not there before it), so that the pages an audience sees show only their own users again.
         */
        @Override
        public void close() {
            if (!apps.isEmpty()) {
                apps.forEach(RunningApp::close);
            } else if (failure == null) {
                ids(Users.all(api)).stream().filter(id -> !found.contains(id)).forEach(id -> api.delete("/users/" + id));
            }
        }

        private static Set<Long> ids(List<JsonNode> users) {
            return users.stream().map(user -> user.get("id").asLong()).collect(Collectors.toSet());
        }
    }
}
