package workshop;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the shared contract against this app, started in-process by {@link InProcessApp}, on H2: all of it but the
 * half minute IdleConnectionTest waits on the server's idle timeout, which is Jetty's and no database's; it runs in
 * {@link PostgresContractTest}, where that wait overlaps the rest of the run.
 */
@Suite
@SelectPackages("workshop.contract")
@ExcludeTags("idle")
class ContractTest {}
