package workshop.checks;

import java.nio.file.Path;
import java.util.List;
import workshop.contract.AppLauncher;
import workshop.contract.DatabaseSettings;
import workshop.contract.RunningApp;

/**
 * How the contract starts a stage of the refactor (see RefactorTest): in this JVM, from the stage's compiled
 * classes and its resources, which are not on the class path; so never as a process of its own.
 */
public class StageLauncher implements AppLauncher {

    /** The class and resource folders of the stage whose contract this thread runs. */
    static final ThreadLocal<List<Path>> STAGE = ThreadLocal.withInitial(List::of);

    @Override
    public RunningApp start(DatabaseSettings database) {
        try {
            LoadedApp app = LoadedApp.start(database, STAGE.get().toArray(Path[]::new));
            return new RunningApp() {
                @Override
                public String baseUrl() {
                    return app.baseUrl();
                }

                @Override
                public void close() {
                    try {
                        app.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the stage in " + STAGE.get(), e);
        }
    }

    @Override
    public String mainClass() {
        return null;
    }
}
