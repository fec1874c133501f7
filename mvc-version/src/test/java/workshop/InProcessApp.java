package workshop;

import workshop.contract.AppLauncher;
import workshop.contract.DatabaseSettings;
import workshop.contract.RunningApp;

/** Lets the shared contract start this app: in-process on a free port of 127.0.0.1, or as a process of its own. */
public class InProcessApp implements AppLauncher {

    @Override
    public RunningApp start(DatabaseSettings database) {
        App app = App.start(new Settings("127.0.0.1", 0, database.url(), database.user(), database.password()));
        return new RunningApp() {
            @Override
            public String baseUrl() {
                return "http://127.0.0.1:" + app.port();
            }

            @Override
            public void close() {
                app.close();
            }
        };
    }

    @Override
    public String mainClass() {
        return App.class.getName();
    }
}
