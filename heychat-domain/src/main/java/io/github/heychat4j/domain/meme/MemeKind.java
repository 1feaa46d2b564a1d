package io.github.heychat4j.domain.meme;

/** Whether a room meme is a small emoji (表情) or a sticker (贴纸). */
public enum MemeKind {
    /** An emoji, usable inline and as a reaction. */
    EMOJI,
    /** A sticker. */
    STICKER
}
