package io.github.heychat4j.testkit.fakecontract;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.testkit.contract.EventGatewayContract;

/** The fake passes the events contract; subclassed from another package, as adapters do. */
class FakeEventGatewayContractTest extends EventGatewayContract {
    @Override
    protected Heychat connect(FakeWorld world, UserId bot) {
        return world.heychatFor(bot);
    }
}
