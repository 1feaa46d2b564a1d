package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A de-duplicated operation's request carries its key, the same one its body sends; no other request carries one. */
class WireRequestTest {
    @Test
    void aMessageCarriesTheAckIdItsBodySends() {
        AckId ack = new AckId("a-1");
        WireRequest request = Requests.send(ChannelRef.text(RoomId.of("1"), ChannelId.of("2")),
                MessageContent.text("hi"), Optional.empty(), ack);

        assertEquals(Optional.of(new DeduplicationKey("heychat_ack_id", "a-1")), request.deduplication());
        assertEquals("a-1", request.json().orElseThrow().get("heychat_ack_id").stringValue());
        assertEquals("heychat_ack_id \"a-1\"", request.deduplication().orElseThrow().describe());
    }

    @Test
    void aDeduplicatedOperationWithoutItsKeyIsABug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireRequest.post(Operation.MESSAGES_SEND, Json.object()));
        assertTrue(e.getMessage().contains("needs its key"), e.getMessage());
    }

    @Test
    void aKeyOnAnOperationThePlatformDoesNotDeduplicateIsABug() {
        ObjectNode body = DeduplicationKey.nonce("n").writeTo(Json.object());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireRequest.post(Operation.CHANNELS_CREATE, body, DeduplicationKey.nonce("n")));
        assertTrue(e.getMessage().contains("takes no key"), e.getMessage());
    }

    @Test
    void aKeyTheBodyDoesNotSendIsABug() {
        Endpoint create = Endpoint.of(Operation.ROLES_CREATE);
        Optional<DeduplicationKey> key = Optional.of(DeduplicationKey.nonce("n"));
        ObjectNode other = DeduplicationKey.nonce("other").writeTo(Json.object());
        assertThrows(IllegalArgumentException.class,
                () -> new WireRequest(create, java.util.Map.of(), Optional.of(other), Optional.empty(), key));
        assertThrows(IllegalArgumentException.class,
                () -> new WireRequest(create, java.util.Map.of(), Optional.of(Json.object()), Optional.empty(), key));
        // the factory writes the key into the body itself
        WireRequest built = WireRequest.post(Operation.ROLES_CREATE, Json.object(), DeduplicationKey.nonce("n"));
        assertEquals("n", built.json().orElseThrow().get("nonce").stringValue());
        assertEquals("n", built.deduplication().orElseThrow().value());
    }
}
