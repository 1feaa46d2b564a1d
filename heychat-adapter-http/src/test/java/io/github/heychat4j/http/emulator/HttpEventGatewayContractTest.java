package io.github.heychat4j.http.emulator;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.contract.EventGatewayContract;
import java.time.Duration;

/**
 * The testkit's events contract, unchanged, run by the HTTP adapter's gateway client over a real WebSocket
 * to the emulator serving the same world: a person acting in the world reaches the bot's handlers through
 * the emulator's frame encoder, the socket and the adapter's frame decoder and dispatch.
 */
class HttpEventGatewayContractTest extends EventGatewayContract {
    private EmulatorConnection connection;

    @Override
    protected Heychat connect(FakeWorld world, UserId bot) {
        connection = EmulatorConnection.open(world, bot);
        HeychatHttp http = (HeychatHttp) connection.heychat();
        http.events().start(Duration.ofSeconds(10));
        return http;
    }

    @Override
    protected void disconnect() {
        connection.close();
    }
}
