package io.github.heychat4j.examples.spring.readme;

import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.spring.boot.HeychatEventHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Remembers who joined: a handler as an annotated method of any bean. */
@Component
public class Greeter {
    private final List<String> welcomed = new CopyOnWriteArrayList<>();

    /** Called for every member who joins one of the bot's rooms. */
    @HeychatEventHandler
    void welcome(MemberJoined joined) {
        welcomed.add(joined.member().displayName());
    }

    /** Who joined so far, oldest first. */
    public List<String> welcomed() {
        return List.copyOf(welcomed);
    }
}
