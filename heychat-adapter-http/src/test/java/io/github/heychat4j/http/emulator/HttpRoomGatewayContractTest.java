package io.github.heychat4j.http.emulator;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.testkit.contract.RoomGatewayContract;

/** The testkit's RoomGateway contract, unchanged, run by the HTTP adapter against the emulator. */
class HttpRoomGatewayContractTest extends RoomGatewayContract {
    private EmulatorConnection connection;

    @Override
    protected Heychat connect(FakeWorld world, UserId bot) {
        connection = EmulatorConnection.open(world, bot);
        return connection.heychat();
    }

    @Override
    protected void disconnect() {
        connection.close();
    }
}
