package io.github.heychat4j.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding channels anywhere in the tree and roles, by id and by name. */
class RoomDetailsTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final Channel GENERAL = Channel.of(ROOM, ChannelId.of("1"), "综合", ChannelType.TEXT);
    private static final Channel LOBBY = Channel.of(ROOM, ChannelId.of("3"), "开黑大厅", ChannelType.VOICE);
    private static final Channel AFK = Channel.of(ROOM, ChannelId.of("4"), "挂机", ChannelType.VOICE);
    private static final Channel VOICE = new Channel(ROOM, ChannelId.of("2"), "语音", ChannelType.CATEGORY, Optional.empty(),
            List.of(LOBBY, AFK), false, false, Optional.empty());
    private static final Role EVERYONE = new Role(RoleId.of("10"), "@全体成员", Permissions.none(), RoleType.EVERYONE, 0,
            Optional.empty(), Optional.empty(), false, false);
    private static final Role VIP = new Role(RoleId.of("11"), "VIP", Permissions.none(), RoleType.CUSTOM, 5,
            Optional.empty(), Optional.empty(), false, true);
    private static final RoomDetails DETAILS = new RoomDetails(Room.of(ROOM, "测试房间"), List.of(GENERAL, VOICE),
            List.of(EVERYONE, VIP), Set.of(VIP.id()));

    @Test
    void allChannelsIsTheTreeDepthFirst() {
        assertEquals(List.of(GENERAL, VOICE, LOBBY, AFK), DETAILS.allChannels());
    }

    @Test
    void channelsAreFoundByIdOrNameAtAnyDepth() {
        assertEquals(Optional.of(AFK), DETAILS.channel(ChannelId.of("4")));
        assertEquals(Optional.of(GENERAL), DETAILS.channel(ChannelId.of("1")));
        assertEquals(Optional.empty(), DETAILS.channel(ChannelId.of("5")));
        assertEquals(Optional.of(LOBBY), DETAILS.channelNamed("开黑大厅"));
        assertEquals(Optional.empty(), DETAILS.channelNamed("没有"));
    }

    @Test
    void rolesAreFoundByIdOrName() {
        assertEquals(Optional.of(VIP), DETAILS.role(RoleId.of("11")));
        assertEquals(Optional.of(EVERYONE), DETAILS.role(RoleId.of("10")));
        assertEquals(Optional.empty(), DETAILS.role(RoleId.of("12")));
        assertEquals(Optional.of(VIP), DETAILS.roleNamed("VIP"));
        assertEquals(Optional.empty(), DETAILS.roleNamed("vip"));
    }
}
