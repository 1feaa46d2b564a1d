package io.github.heychat4j.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.http.HeychatHttp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's events bot, over the real gateway of the emulator's demo world. */
class HelloEventsTest {
    private static final UserId BOT = UserId.of(2398561);
    private static final UserId ALICE = UserId.of(8828375);
    private static final ChannelRef GENERAL = ChannelRef.text(RoomId.of("3587810143523774464"), ChannelId.of("3377790315288076288"));

    @Test
    void answersAMentionOverTheGateway() throws InterruptedException {
        try (HeychatEmulator emulator = HeychatEmulator.builder().token("demo-token", BOT).start();
             HeychatHttp heychat = HeychatHttp.builder().token("demo-token").bot(BOT)
                     .baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri()).build()) {
            HelloEvents.listen(heychat);
            BlockingQueue<MessagePosted> heard = new LinkedBlockingQueue<>();
            // subscribed after the bot's handlers, so when this one hears a message the bot has answered it
            heychat.events().on(MessagePosted.class, heard::add);
            heychat.events().start(Duration.ofSeconds(10));

            emulator.world().post(ALICE, GENERAL, MessageContent.markdown("hi " + MessageContent.mention(BOT)).mentioning(BOT));

            assertTrue(heard.poll(10, TimeUnit.SECONDS) != null, "the mention was not heard");
            List<PostedMessage> byBot = emulator.world().messages(GENERAL.channel()).stream()
                    .filter(m -> m.author().equals(BOT)).toList();
            assertEquals(List.of(MessageContent.text("在呢，alice")), byBot.stream().map(PostedMessage::content).toList());
            assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
        }
    }
}
