package workshop;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the shared contract against this app on PostgreSQL, a real server that the run starts itself: two instances
 * of the app on one database, as a deployment would run them. All of it but the half minute IdleConnectionTest
 * waits on the server's idle timeout, which is Jetty's, the same as in ContractTest, and no database's.
 */
@Suite
@SelectPackages("workshop.contract")
@ExcludeTags("idle")
@ConfigurationParameter(key = "contract.database", value = "postgresql")
@ConfigurationParameter(key = "contract.instances", value = "2")
class PostgresContractTest {}
