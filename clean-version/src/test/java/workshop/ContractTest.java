package workshop;

import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs the shared contract against this app, started in-process by {@link InProcessApp}. */
@Suite
@SelectPackages("workshop.contract")
class ContractTest {}
