package io.github.heychat4j.domain.media;

import io.github.heychat4j.domain.internal.Checks;

/**
 * An uploaded file, served from the platform's CDN.
 *
 * @param url its http(s) URL, to use in image messages and cards
 */
public record UploadedMedia(String url) {
    /** Validates the URL. */
    public UploadedMedia {
        Checks.httpUrl("url", url);
    }
}
