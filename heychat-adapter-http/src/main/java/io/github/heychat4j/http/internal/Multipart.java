package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.media.MediaUpload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body with exactly one part named {@code file}, as the upload endpoint
 * wants (DOC-UP). Built in memory: uploads are at most 25 MiB.
 *
 * @param boundary the boundary, random per upload
 * @param bytes    the encoded body
 */
public record Multipart(String boundary, byte[] bytes) {
    /** The {@code Content-Type} header value. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Encodes one file as the part {@code file}. */
    public static Multipart of(MediaUpload file) {
        String boundary = "heychat4j" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
        byte[] content = file.bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(file.fileName()) + "\"\r\n"
                + "Content-Type: " + file.contentType() + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(boundary, out.toByteArray());
    }

    // Browsers send the UTF-8 name as is and escape only the quote and line breaks; so do we.
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
