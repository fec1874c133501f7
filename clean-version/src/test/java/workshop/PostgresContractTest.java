package workshop;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole shared contract against this app on PostgreSQL, a real server that the run starts itself: two
 * instances of the app on one database, as a deployment would run them.
 */
@Suite
@SelectPackages("workshop.contract")
@ConfigurationParameter(key = "contract.database", value = "postgresql")
@ConfigurationParameter(key = "contract.instances", value = "2")
class PostgresContractTest {}
