package workshop.contract;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import workshop.contract.support.ContractTarget;

/**
 * Runs the whole contract against a server that is already running:
 * {@code ./mvnw -q -pl shared-test-suite test -Dcontract.baseUrl=http://127.0.0.1:7001}.
 * It runs the contract's packages, {@code users} and {@code http}, below this one. The tests that need a fresh
 * database are skipped then, and the one that idles for half a minute is left out. The suite's own unit tests
 * (tagged unit, in {@code support}) are left to Surefire, which runs them once on their own.
 */
@Suite
@SelectPackages("workshop.contract")
@ExcludeTags({"unit", "idle"})
class LiveServerTest {

    /** With nothing listening, one failure that says what to do, rather than one for each test of the contract. */
    @BeforeSuite
    static void theAppAnswers() {
        ContractTarget.assertLiveServerAnswers();
    }
}
