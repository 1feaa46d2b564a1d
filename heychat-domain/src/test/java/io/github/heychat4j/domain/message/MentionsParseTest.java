package io.github.heychat4j.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionsParseTest {

    @Test
    void usersRolesChannelsEveryoneAndOnlineAreRead() {
        Mentions m = Mentions.parse("@{id:8828375} @{id:3581310465983111170} #{id:3377790315288076288} @{all} @{here}");
        assertEquals(Set.of(UserId.of(8828375)), m.users());
        assertEquals(Set.of(RoleId.of("3581310465983111170")), m.roles());
        assertEquals(Set.of(ChannelId.of("3377790315288076288")), m.channels());
        assertTrue(m.everyone());
        assertTrue(m.online());
    }

    @Test
    void whatMessageContentWritesParsesBackToTheSameMentions() {
        UserId alice = UserId.of(8829926);
        RoleId mods = RoleId.of("4611545164569485312");
        ChannelId general = ChannelId.of("3628471439769796608");
        MessageContent.Markdown md = MessageContent.markdown(
                        MessageContent.mention(alice) + " " + MessageContent.mention(mods) + " " + MessageContent.link(general))
                .mentioning(alice).mentioningRoles(mods).linking(general);
        assertEquals(md.mentions(), Mentions.parse(md.markdown()));
    }

    @Test
    void tenDigitsIsStillAUserElevenIsARole() {
        assertEquals(List.of(UserId.of(9_999_999_999L)), List.copyOf(Mentions.parse("@{id:9999999999}").users()));
        assertEquals(List.of(RoleId.of("10000000000")), List.copyOf(Mentions.parse("@{id:10000000000}").roles()));
    }

    @Test
    void textWithoutMarkupOrWithBrokenMarkupMentionsNoOne() {
        assertSame(Mentions.none(), Mentions.parse("just text"));
        Mentions broken = Mentions.parse("@{id:} @{id:0} @{id:007} #{id:abc} @{id:123");
        assertTrue(broken.isEmpty());
        assertFalse(broken.everyone());
    }

    @Test
    void repeatsCountOnceAndOrderIsKept() {
        Mentions m = Mentions.parse("@{id:3} @{id:1} @{id:3}");
        assertEquals(List.of(UserId.of(3), UserId.of(1)), List.copyOf(m.users()));
    }

    @Test
    void atMostAHundredOfEachKindAreKept() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            text.append("@{id:").append(i).append("} ");
        }
        assertEquals(100, Mentions.parse(text.toString()).users().size());
    }
}
