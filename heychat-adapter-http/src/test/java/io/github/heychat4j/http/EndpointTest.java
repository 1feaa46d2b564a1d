package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one table that decides retries: every port operation, classified once. */
class EndpointTest {

    private static Set<Endpoint> of(OperationClass c) {
        return Arrays.stream(Endpoint.values()).filter(e -> e.operationClass() == c).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Endpoint.class)));
    }

    @Test
    void thereIsOneRowPerPortOperationOfTheSpec() {
        assertEquals(39, Endpoint.values().length);
        assertEquals(39, Arrays.stream(Endpoint.values()).map(Endpoint::path).distinct().count());
    }

    @Test
    void onlyTheToggleTheStreamStartAndTheChannelCreateMustNeverRunTwice() {
        assertEquals(EnumSet.of(Endpoint.VOICE_TOGGLE_MICROPHONE, Endpoint.MEDIA_START_STREAM, Endpoint.CHANNELS_CREATE),
                of(OperationClass.NON_IDEMPOTENT_WRITE));
    }

    @Test
    void messagesAndRoleCreationAreDeduplicatedByTheirClientIds() {
        assertEquals(EnumSet.of(Endpoint.MESSAGES_SEND, Endpoint.MESSAGES_EDIT, Endpoint.MESSAGES_SEND_DIRECT, Endpoint.ROLES_CREATE),
                of(OperationClass.DEDUPLICATED_WRITE));
    }

    @Test
    void everyGetButTheInviteCodeIsASafeRead() {
        Set<Endpoint> gets = Arrays.stream(Endpoint.values()).filter(e -> e.method() == Endpoint.Method.GET)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Endpoint.class)));
        gets.remove(Endpoint.CHANNELS_INVITE_CODE);

        assertEquals(gets, of(OperationClass.SAFE_READ));
    }

    @Test
    void onlyRemovalsTreatNotFoundOnARetryAsDone() {
        assertEquals(EnumSet.of(Endpoint.ROOMS_LEAVE, Endpoint.ROOMS_KICK, Endpoint.VOICE_DISCONNECT, Endpoint.CHANNELS_DELETE,
                        Endpoint.MESSAGES_DELETE, Endpoint.ROLES_DELETE, Endpoint.MEMES_DELETE, Endpoint.MEDIA_STOP_STREAM),
                Arrays.stream(Endpoint.values()).filter(Endpoint::absentMeansDone)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Endpoint.class))));
    }

    @Test
    void onlyTheUploadGoesToTheUploadHost() {
        assertEquals(EnumSet.of(Endpoint.MEDIA_UPLOAD), Arrays.stream(Endpoint.values()).filter(Endpoint::onUploadHost)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Endpoint.class))));
    }
}
