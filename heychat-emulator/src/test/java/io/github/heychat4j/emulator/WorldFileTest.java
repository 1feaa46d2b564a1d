package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.fake.FakeWorld;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorldFileTest {

    private static String json(String text) {
        return text.replace('\'', '"');
    }

    private static String failure(String file) {
        return assertThrows(IllegalArgumentException.class, () -> WorldFile.parse(json(file))).getMessage();
    }

    @Test
    void permissionsCanBeNamesChineseNamesOrDecimalBitmasks() {
        WorldFile file = WorldFile.parse(json("{'rooms':[{'id':'1','name':'r','roles':["
                + "{'id':'2','name':'a','permissions':['KICK_MEMBERS','踢出频道','16384'],'position':1},"
                + "{'id':'3','name':'b','permissions':'1024','position':2}]}]}"));

        FakeWorld world = file.newWorld();

        assertEquals(Permissions.of(Permission.KICK_MEMBERS, Permission.KICK_FROM_CHANNEL, Permission.SEND_MESSAGES),
                world.roles(RoomId.of("1")).stream().filter(r -> r.id().equals(RoleId.of("2"))).findFirst().orElseThrow().permissions());
        assertEquals(Permissions.of(Permission.KICK_MEMBERS),
                world.roles(RoomId.of("1")).stream().filter(r -> r.id().equals(RoleId.of("3"))).findFirst().orElseThrow().permissions());
    }

    @Test
    void eachNewWorldIsFresh() {
        WorldFile file = WorldFile.demo();

        assertNotSame(file.newWorld(), file.newWorld());
    }

    @Test
    void theClockStartsWhereTheFileSays() {
        FakeWorld world = WorldFile.parse(json("{'clock':'2030-05-01T08:00:00Z'}")).newWorld();

        assertEquals(Instant.parse("2030-05-01T08:00:00Z"), world.clock().instant());
    }

    @Test
    void channelTypesCanBeNamesOrCodes() {
        FakeWorld world = WorldFile.parse(json("{'rooms':[{'id':'1','name':'r','channels':[{'id':'2','name':'a','type':2},"
                + "{'id':'3','name':'g','type':'category','children':[{'id':'4','name':'v','type':'voice'}]}]}]}")).newWorld();

        assertEquals(ChannelType.ANNOUNCEMENT, world.channel(io.github.heychat4j.domain.ChannelId.of("2")).orElseThrow().type());
        assertEquals(ChannelType.VOICE, world.channel(io.github.heychat4j.domain.ChannelId.of("4")).orElseThrow().type());
    }

    @Test
    void tokensMapToTheirBots() {
        assertEquals(Map.of("demo-token", UserId.of(2398561)), WorldFile.demo().tokens());
    }

    @Test
    void anUnknownFieldIsRefusedWithItsPath() {
        assertTrue(failure("{'rooms':[{'id':'1','name':'r','chanels':[]}]}").startsWith("world file: rooms[0].chanels is not a known field"));
    }

    @Test
    void anUnknownPermissionNameIsRefused() {
        assertTrue(failure("{'rooms':[{'id':'1','name':'r','everyone':['FLY']}]}")
                .startsWith("world file: rooms[0].everyone has an unknown permission \"FLY\""));
    }

    @Test
    void aTokenForTwoBotsIsRefused() {
        assertEquals("world file: bots[1].token is used by two bots",
                failure("{'bots':[{'id':1,'nickname':'a','token':'t'},{'id':2,'nickname':'b','token':'t'}]}"));
    }

    @Test
    void aCategoryInsideACategoryIsRefused() {
        assertTrue(failure("{'rooms':[{'id':'1','name':'r','channels':[{'id':'2','name':'g','type':'category','children':"
                + "[{'id':'3','name':'h','type':'category'}]}]}]}").contains("a category cannot sit inside another category"));
    }

    @Test
    void aMemberWhoWasNotDeclaredIsRefused() {
        assertTrue(failure("{'rooms':[{'id':'1','name':'r','members':[{'user':5}]}]}").startsWith("world file: "));
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertEquals("world file: must be valid JSON", failure("{rooms"));
        assertEquals("world file: must be a JSON object", failure("[]"));
    }
}
