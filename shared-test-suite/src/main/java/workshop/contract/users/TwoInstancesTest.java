package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * README, "On your own PostgreSQL": one database can serve several instances of the app. Runs where the contract started two
 * instances on one database (its run on PostgreSQL), where the races send each request of a pair to another
 * instance (EmailRaceTest, ConcurrentChangesTest); skipped where there is one.
 */
@Contract
@DisplayName("two instances of the app on one database: each sees and changes what the other stored")
class TwoInstancesTest {

    private final Api api;

    TwoInstancesTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("a user created through one instance is read, suspended and deleted through the other")
    void shareOneDatabase() {
        assumeTrue(api.instances() > 1, "one instance of the app in this run");
        Api one = api.instance(0);
        Api other = api.instance(1);
        assertThat(other.baseUrl()).as("the second instance's address").isNotEqualTo(one.baseUrl());

        User created = Users.create(one);
        assertUser(other.get(created.path()), created);
        User suspended = created.withStatus("suspended");
        assertUser(other.post(created.path() + "/suspend"), suspended);
        assertUser(one.get(created.path()), suspended);
        assertThat(other.delete(created.path()).status()).isEqualTo(204);
        assertThat(one.get(created.path()).status()).isEqualTo(404);
    }
}
