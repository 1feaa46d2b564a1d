/**
 * heychat4j's domain: Heychat's concepts as immutable value types, the ports a bot talks through,
 * and the exceptions they throw. Depends on the JDK only.
 */
module io.github.heychat4j.domain {
    exports io.github.heychat4j.domain;
    exports io.github.heychat4j.domain.channel;
    exports io.github.heychat4j.domain.event;
    exports io.github.heychat4j.domain.media;
    exports io.github.heychat4j.domain.meme;
    exports io.github.heychat4j.domain.message;
    exports io.github.heychat4j.domain.message.card;
    exports io.github.heychat4j.domain.role;
    exports io.github.heychat4j.domain.room;
    exports io.github.heychat4j.domain.voice;

    // The validation rules, shared with the adapters so that their argument checks read and behave like the
    // domain's own, and the Guard every adapter's ports go through (nulls refused by the parameter's name);
    // bot authors never see them (and the testkit's BotArchitecture rules forbid them).
    // The platform's refusal texts (PlatformTexts) are here too: the fake writes them, the emulator puts them on
    // the wire from the exception's type, the HTTP adapter reads them back.
    exports io.github.heychat4j.domain.internal to io.github.heychat4j.fake, io.github.heychat4j.http,
            io.github.heychat4j.emulator;
    // The event delivery rules (subscriptions, isolation, own-action filter), shared by both adapters.
    exports io.github.heychat4j.domain.event.internal to io.github.heychat4j.fake, io.github.heychat4j.http;
}
