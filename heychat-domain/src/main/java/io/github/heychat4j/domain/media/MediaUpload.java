package io.github.heychat4j.domain.media;

import io.github.heychat4j.domain.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file to upload: its name, its media type and its bytes (copied; the record stays immutable).
 *
 * {@snippet :
 * UploadedMedia media = heychat.media().upload(MediaUpload.of(Path.of("banner.png")));
 * heychat.messages().send(channel, MessageContent.image(media.url(), 1200, 400));
 * }
 *
 * @param fileName    the file name, 1 to 255 characters, without path separators
 * @param contentType the media type, e.g. {@code image/png}
 * @param bytes       the content, 1 byte to {@value #MAX_BYTES} bytes
 */
public record MediaUpload(String fileName, String contentType, byte[] bytes) {
    /** The largest upload accepted: 25 MiB (the platform documents no limit; community clients use this one). */
    public static final int MAX_BYTES = 25 * 1024 * 1024;

    /** Validates and copies. */
    public MediaUpload {
        Checks.notBlank("fileName", fileName);
        Checks.maxCodePoints("fileName", fileName, 255);
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("fileName: must not contain path separators, got \"" + fileName + "\"");
        }
        Checks.notBlank("contentType", contentType);
        if (!contentType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("contentType: must look like type/subtype, got \"" + contentType + "\"");
        }
        Checks.notNull("bytes", bytes);
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("bytes: must be 1 to " + MAX_BYTES + " bytes, got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** Reads a file; the media type is guessed from its name. */
    public static MediaUpload of(Path file) {
        try {
            String name = file.getFileName().toString();
            String type = Files.probeContentType(file);
            return new MediaUpload(name, type == null ? guessType(name) : type, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static String guessType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        if (lower.endsWith(".webp")) {
            return "image/webp";
        }
        return "application/octet-stream";
    }

    /** A copy of the content. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaUpload other && fileName.equals(other.fileName) && contentType.equals(other.contentType)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MediaUpload[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
