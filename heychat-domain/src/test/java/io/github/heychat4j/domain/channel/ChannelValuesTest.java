package io.github.heychat4j.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Channel settings, overwrites, voice back ends and the password convenience methods. */
class ChannelValuesTest {
    private static final Permissions SPEAK = Permissions.of(Permission.SPEAK);

    @Test
    void settingsAreBuiltByTheirFactoriesWithinTheirBounds() {
        assertEquals(new ChannelSetting.SlowMode(Duration.ofSeconds(30)), ChannelSetting.slowMode(Duration.ofSeconds(30)));
        assertEquals(new ChannelSetting.MaxMembers(999), ChannelSetting.maxMembers(999));
        assertEquals(new ChannelSetting.Privacy(true), ChannelSetting.privacy(true));
        assertEquals(Duration.ZERO, ((ChannelSetting.SlowMode) ChannelSetting.slowMode(Duration.ZERO)).interval());
        assertEquals(ChannelSetting.MAX_SLOW_MODE, ((ChannelSetting.SlowMode) ChannelSetting.slowMode(ChannelSetting.MAX_SLOW_MODE)).interval());
        assertThrows(IllegalArgumentException.class, () -> ChannelSetting.slowMode(ChannelSetting.MAX_SLOW_MODE.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> ChannelSetting.slowMode(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> ChannelSetting.slowMode(Duration.ofMillis(1500)));
        assertThrows(IllegalArgumentException.class, () -> ChannelSetting.maxMembers(0));
    }

    @Test
    void anOverwriteAllowsWhatItAllowsAndDoesNotDeny() {
        PermissionOverwrite overwrite = new PermissionOverwrite(SPEAK, Permissions.of(Permission.KICK_MEMBERS));

        assertTrue(overwrite.allows(Permission.SPEAK));
        assertFalse(overwrite.allows(Permission.KICK_MEMBERS));
        assertFalse(overwrite.allows(Permission.MANAGE_ROLES));
        assertTrue(new PermissionOverwrite(Permissions.of(Permission.ADMINISTRATOR), Permissions.none()).allows(Permission.SPEAK));
        assertFalse(new PermissionOverwrite(Permissions.of(Permission.ADMINISTRATOR), SPEAK).allows(Permission.SPEAK));
    }

    @Test
    void noBitIsBothAllowedAndDeniedForAUserOrARole() {
        assertEquals("allow/deny: a bit cannot be both allowed and denied, got both for Permissions[SPEAK]",
                assertThrows(IllegalArgumentException.class, () -> new PermissionOverwrite(SPEAK.with(Permission.KICK_MEMBERS), SPEAK)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UserOverwrite(UserId.of(1), SPEAK, SPEAK));
        assertThrows(IllegalArgumentException.class, () -> new RoleOverwrite(RoleId.of("1"), SPEAK, SPEAK));
        assertEquals(SPEAK, new UserOverwrite(UserId.of(1), SPEAK, Permissions.none()).allow());
        assertEquals(SPEAK, new RoleOverwrite(RoleId.of("1"), Permissions.none(), SPEAK).deny());
    }

    @Test
    void voiceBackEndsReadTheirCodes() {
        assertEquals("trtc", VoiceBackend.TRTC.code());
        assertEquals(VoiceBackend.VOLC, VoiceBackend.fromCode("volc"));
        assertEquals(VoiceBackend.TRTC, VoiceBackend.fromCode("trtc"));
        assertEquals("apiType: must be trtc or volc, got \"agora\"",
                assertThrows(IllegalArgumentException.class, () -> VoiceBackend.fromCode("agora")).getMessage());
    }

    @Test
    void channelTypeCodesAreThePlatformsCodes() {
        assertEquals(0, ChannelType.VOICE.code());
        assertEquals(1, ChannelType.TEXT.code());
        assertEquals(3, ChannelType.CATEGORY.code());
    }

    @Test
    void setAndClearPasswordAreOneChangeEach() {
        List<String> calls = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            calls.add(method.getName() + " " + Arrays.toString(args));
            return null;
        };
        ChannelGateway channels = (ChannelGateway) Proxy.newProxyInstance(ChannelGateway.class.getClassLoader(),
                new Class<?>[] {ChannelGateway.class}, handler);
        ChannelRef text = ChannelRef.text(RoomId.of("3587810143523774464"), ChannelId.of("3377790315288076288"));

        channels.setPassword(text, ChannelPassword.of("1234"));
        channels.clearPassword(text);

        assertEquals(List.of("changePassword [" + text + ", " + Optional.of(ChannelPassword.of("1234")) + "]",
                "changePassword [" + text + ", Optional.empty]"), calls);
    }
}
