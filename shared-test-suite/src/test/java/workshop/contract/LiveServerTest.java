package workshop.contract;

import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole contract against a server that is already running:
 * {@code ./mvnw -q -pl shared-test-suite test -Dcontract.baseUrl=http://127.0.0.1:7001}.
 * The tests that need a fresh database are skipped then.
 */
@Suite
@SelectPackages("workshop.contract")
class LiveServerTest {
}
