package io.github.heychat4j.domain.channel;

/** The voice back end of a new voice channel ({@code api_type}). */
public enum VoiceBackend {
    /** Tencent TRTC ({@code "trtc"}), the default. */
    TRTC("trtc"),
    /** Volcano Engine ({@code "volc"}). */
    VOLC("volc");

    private final String code;

    VoiceBackend(String code) {
        this.code = code;
    }

    /** The platform's code. */
    public String code() {
        return code;
    }

    /** The back end for a platform code. */
    public static VoiceBackend fromCode(String code) {
        for (VoiceBackend b : values()) {
            if (b.code.equals(code)) {
                return b;
            }
        }
        throw new IllegalArgumentException("apiType: must be trtc or volc, got \"" + code + "\"");
    }
}
