package io.github.heychat4j.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelTest {
    private final RoomId room = RoomId.of("3587810143523774464");

    @Test
    void channelTypesMapToPlatformCodes() {
        assertEquals(ChannelType.VOICE, ChannelType.fromCode(0));
        assertEquals(ChannelType.TEXT, ChannelType.fromCode(1));
        assertEquals(ChannelType.TEMPORARY_GENERATOR, ChannelType.fromCode(5));
        assertEquals(ChannelType.UNKNOWN, ChannelType.fromCode(42));
        assertTrue(ChannelType.TEMPORARY_VOICE.isVoice());
        assertTrue(ChannelType.ANNOUNCEMENT.acceptsMessages());
        assertFalse(ChannelType.CATEGORY.acceptsMessages());
    }

    @Test
    void aTreeFlattensDepthFirst() {
        Channel voice = Channel.of(room, ChannelId.of("2"), "开黑", ChannelType.VOICE);
        Channel category = new Channel(room, ChannelId.of("1"), "语音", ChannelType.CATEGORY, Optional.empty(),
                List.of(voice), false, false, Optional.empty());
        assertEquals(List.of(category, voice), category.flatten().toList());
        assertEquals(ChannelRef.voice(room, ChannelId.of("2")), voice.ref());
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ChannelSetting.slowMode(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> ChannelSetting.slowMode(Duration.ofHours(7)));
        assertEquals("maxMembers: must be between 1 and 999, got 0",
                assertThrows(IllegalArgumentException.class, () -> ChannelSetting.maxMembers(0)).getMessage());
    }

    @Test
    void newChannelsNeedANameAndAKnownType() {
        assertEquals("channelName: must not be blank", assertThrows(IllegalArgumentException.class, () -> NewChannel.text(" ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> NewChannel.category("分类").inCategory(ChannelId.of("1")));
        assertEquals(ChannelType.VOICE, NewChannel.voice("开黑").type());
    }

    @Test
    void aBitCannotBeBothAllowedAndDenied() {
        Permissions send = Permissions.of(Permission.SEND_MESSAGES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PermissionOverwrite(send, send));
        assertTrue(e.getMessage().startsWith("allow/deny: "), e.getMessage());
    }

    @Test
    void passwordsAreNeverPrinted() {
        assertEquals("ChannelPassword[****]", ChannelPassword.of("s3cret").toString());
    }
}
