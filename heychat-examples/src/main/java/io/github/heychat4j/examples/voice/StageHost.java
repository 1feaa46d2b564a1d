package io.github.heychat4j.examples.voice;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.Nickname;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An example voice-room helper, written against heychat4j's ports only. It runs a "stage": everyone
 * waiting in the lobby voice channel is moved onto the stage channel, the host gets a speaker role and
 * a 🎤 nickname, and the announcement channel is told. Closing the stage undoes it all.
 *
 * {@snippet :
 * StageHost.Stage stage = new StageHost.Stage(lobby, stageChannel, announcements, speakerRole);
 * StageHost host = new StageHost(heychat);
 * StageHost.Opening opening = host.open(stage, alice);
 * ...
 * host.close(stage, alice, opening.moved());
 * }
 */
public final class StageHost {

    /**
     * The channels and the role a stage uses. All in one room.
     *
     * @param lobby         the voice channel people wait in
     * @param stage         the voice channel the show happens in
     * @param announcements the text channel to announce in
     * @param speakerRole   the role the host gets while on stage
     */
    public record Stage(ChannelRef lobby, ChannelRef stage, ChannelRef announcements, RoleId speakerRole) {
        /** Checks that the channels fit: two voice channels and a text channel of one room. */
        public Stage {
            Objects.requireNonNull(speakerRole, "speakerRole");
            if (!lobby.type().isVoice() || !stage.type().isVoice()) {
                throw new IllegalArgumentException("lobby/stage: must be voice channels");
            }
            if (!announcements.type().acceptsMessages()) {
                throw new IllegalArgumentException("announcements: must be a text or announcement channel");
            }
            if (!lobby.room().equals(stage.room()) || !lobby.room().equals(announcements.room())) {
                throw new IllegalArgumentException("stage: lobby, stage and announcements must be in one room");
            }
        }
    }

    /**
     * What opening a stage did.
     *
     * @param moved the users moved from the lobby to the stage
     */
    public record Opening(Set<UserId> moved) {
        /** Copies the set. */
        public Opening {
            moved = Set.copyOf(moved);
        }
    }

    private final Heychat heychat;

    /** @param heychat the platform, through its ports */
    public StageHost(Heychat heychat) {
        this.heychat = Objects.requireNonNull(heychat, "heychat");
    }

    /** Opens the stage with {@code host} as the host. */
    public Opening open(Stage stage, UserId host) {
        List<UserId> waiting = heychat.voice().usersIn(stage.lobby());
        Set<UserId> moved = new LinkedHashSet<>(waiting);
        if (!moved.isEmpty()) {
            heychat.voice().move(stage.lobby().room(), stage.lobby().channel(), stage.stage().channel(), moved);
        }
        heychat.roles().grant(stage.lobby().room(), host, stage.speakerRole());
        heychat.rooms().setNickname(stage.lobby().room(), host, Nickname.of("🎤 主持人"));
        heychat.messages().send(stage.announcements(), MessageContent.markdown(
                "**舞台开始！** 主持人 " + MessageContent.mention(host) + "，" + moved.size() + " 位听众已移入 "
                        + MessageContent.link(stage.stage().channel()))
                .mentioning(host).linking(stage.stage().channel()));
        return new Opening(moved);
    }

    /** Closes the stage: moves the audience back, takes the role and the nickname from the host. */
    public void close(Stage stage, UserId host, Set<UserId> audience) {
        Set<UserId> stillThere = new LinkedHashSet<>(heychat.voice().usersIn(stage.stage()));
        stillThere.retainAll(audience);
        if (!stillThere.isEmpty()) {
            heychat.voice().move(stage.stage().room(), stage.stage().channel(), stage.lobby().channel(), stillThere);
        }
        heychat.roles().revoke(stage.lobby().room(), host, stage.speakerRole());
        heychat.rooms().clearNickname(stage.lobby().room(), host);
        heychat.messages().send(stage.announcements(), MessageContent.text("舞台结束，感谢参与！"));
    }

}
