package io.github.heychat4j.testkit.archfixture.violating;

import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.testkit.HeychatAssertions;
import io.github.heychat4j.testkit.internal.NameIndex;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.List;

/** Fixture: bot code that reaches past the ports in every way the rules forbid, once each. */
public final class LeakyModerator {
    private final FakeWorld world;

    public LeakyModerator(FakeWorld world) {
        this.world = world;
    }

    public List<Room> rooms() {
        return world.rooms();
    }

    public HttpURLConnection connect(URL url) throws IOException {
        return (HttpURLConnection) url.openConnection();
    }

    public void check(FakeHeychat bot) {
        HeychatAssertions.assertDidNothing(bot);
    }

    public NameIndex<String> names() {
        return new NameIndex<>("name");
    }
}
