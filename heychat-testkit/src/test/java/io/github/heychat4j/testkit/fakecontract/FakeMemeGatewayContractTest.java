package io.github.heychat4j.testkit.fakecontract;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.testkit.contract.MemeGatewayContract;

/** The fake passes the meme gateway contract; subclassed from another package, as adapters do. */
class FakeMemeGatewayContractTest extends MemeGatewayContract {
    @Override
    protected Heychat connect(FakeWorld world, UserId bot) {
        return world.heychatFor(bot);
    }
}
