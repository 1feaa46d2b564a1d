package io.github.heychat4j.domain.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An upload read from a file, its media type and its size limits. */
class MediaUploadTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"a.png,image/png", "B.JPG,image/jpeg", "c.jpeg,image/jpeg", "d.gif,image/gif", "e.webp,image/webp"})
    void aFileIsReadWithItsNameContentAndImageType(String name, String type) throws IOException {
        Files.write(dir.resolve(name), new byte[] {1, 2, 3});

        MediaUpload upload = MediaUpload.of(dir.resolve(name));

        assertEquals(new MediaUpload(name, type, new byte[] {1, 2, 3}), upload);
        assertEquals(3, upload.size());
    }

    @Test
    void aFileThatCannotBeReadSaysWhich() {
        Path missing = dir.resolve("missing.png");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> MediaUpload.of(missing));

        assertEquals("could not read " + missing, e.getMessage());
    }

    @Test
    void theLimitsAreOneByteAndMaxBytes() {
        assertEquals(1, new MediaUpload("a.bin", "application/octet-stream", new byte[1]).size());
        assertEquals(MediaUpload.MAX_BYTES,
                new MediaUpload("a.bin", "application/octet-stream", new byte[MediaUpload.MAX_BYTES]).size());
        assertEquals("bytes: must be 1 to " + MediaUpload.MAX_BYTES + " bytes, got " + (MediaUpload.MAX_BYTES + 1),
                assertThrows(IllegalArgumentException.class,
                        () -> new MediaUpload("a.bin", "application/octet-stream", new byte[MediaUpload.MAX_BYTES + 1])).getMessage());
    }

    @Test
    void equalityIsByNameTypeAndContent() {
        MediaUpload a = new MediaUpload("a.png", "image/png", new byte[] {1});

        assertEquals(a, new MediaUpload("a.png", "image/png", new byte[] {1}));
        assertEquals(a.hashCode(), new MediaUpload("a.png", "image/png", new byte[] {1}).hashCode());
        assertNotEquals(a, new MediaUpload("b.png", "image/png", new byte[] {1}));
        assertNotEquals(a, new MediaUpload("a.png", "image/gif", new byte[] {1}));
        assertNotEquals(a, new MediaUpload("a.png", "image/png", new byte[] {2}));
        assertNotEquals(a.hashCode(), new MediaUpload("a.png", "image/png", new byte[] {2}).hashCode());
        assertNotEquals(a.hashCode(), new MediaUpload("a.png", "image/gif", new byte[] {1}).hashCode());
        assertNotEquals(a.hashCode(), new MediaUpload("b.png", "image/png", new byte[] {1}).hashCode());
        assertNotEquals(a, (Object) "a.png");
        assertArrayEquals(new byte[] {1}, a.bytes());
    }
}
