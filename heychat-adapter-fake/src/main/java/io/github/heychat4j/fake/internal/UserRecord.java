package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.UserId;

/** A declared user: a person or a bot. */
record UserRecord(UserId id, String nickname, boolean bot) {
}
