package io.github.heychat4j.emulator;

/**
 * Which of the two documented forms the gateway uses for a posted message (the platform's event
 * {@code "5"}, spec §5.4): the platform is seen to push both, so a client must read both.
 *
 * {@snippet :
 * HeychatEmulator emulator = HeychatEmulator.builder().messageForm(MessageForm.ALTERNATE).start();
 * emulator.gateway().messageForm(MessageForm.NESTED);   // from now on
 * }
 */
public enum MessageForm {
    /** Flat fields ({@code room_id}, {@code user_id}, {@code nickname}, ... and {@code user_info}); the default. */
    FLAT,
    /** Nested objects ({@code room_base_info}, {@code channel_base_info}, {@code sender_info}). */
    NESTED,
    /** Each connection alternates, message by message, starting with {@link #FLAT}. */
    ALTERNATE
}
