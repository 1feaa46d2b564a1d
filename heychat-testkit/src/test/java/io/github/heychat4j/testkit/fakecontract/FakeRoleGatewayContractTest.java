package io.github.heychat4j.testkit.fakecontract;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.testkit.contract.RoleGatewayContract;

/** The fake passes the role gateway contract; subclassed from another package, as adapters do. */
class FakeRoleGatewayContractTest extends RoleGatewayContract {
    @Override
    protected Heychat connect(FakeWorld world, UserId bot) {
        return world.heychatFor(bot);
    }
}
