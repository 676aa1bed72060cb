package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON is parsed as bytes after {@link Utf8Checked}: it must refuse exactly what Java's decoder refuses. */
class Utf8CheckedTest {

    @TempDir
    Path dir;

    private static boolean javaAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Reads through the check in chunks of {@code chunk} bytes, so that sequences are cut between reads. */
    private static boolean checkAccepts(byte[] bytes, int chunk) throws IOException {
        InputStream in = new Utf8Checked(new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        });
        try {
            in.readAllBytes();
            return true;
        } catch (MalformedInputException e) {
            return false;
        }
    }

    @Test
    void agreesWithJavasDecoderOnTheEdges() throws IOException {
        int[][] cases = {
            {0x41}, {0xC2, 0x80}, {0xC1, 0xBF}, {0xC0, 0x80}, {0xDF, 0xBF}, {0xE0, 0xA0, 0x80}, {0xE0, 0x9F, 0xBF},
            {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF},
            {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xFE, 0xFF}, {0x80},
            {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC3}, {0x41, 0xC3, 0xA9, 0x42}, {0xE4, 0xBD, 0x9C, 0xE4, 0xB8, 0x9A},
        };
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            for (int chunk = 1; chunk <= 4; chunk++) {
                assertThat(checkAccepts(b, chunk)).as("%s in chunks of %d", java.util.Arrays.toString(c), chunk)
                        .isEqualTo(javaAccepts(b));
            }
        }
    }

    @Test
    void agreesWithJavasDecoderOnRandomBytes() throws IOException {
        Random random = new Random(7);
        int[] alphabet = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
            0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[1 + random.nextInt(7)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) alphabet[random.nextInt(alphabet.length)];
            }
            assertThat(checkAccepts(b, 1 + random.nextInt(3))).as("%s", java.util.Arrays.toString(b))
                    .isEqualTo(javaAccepts(b));
        }
    }

    /** Long runs of ASCII are checked eight bytes at a time: a byte beyond ASCII anywhere in them is still seen. */
    @Test
    void agreesWithJavasDecoderOnMostlyAsciiTextWithAFewOtherBytesAnywhere() throws IOException {
        Random random = new Random(11);
        int[] alphabet = {0x80, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF};
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[1 + random.nextInt(70)];
            java.util.Arrays.fill(b, (byte) 'a');
            for (int k = random.nextInt(3); k > 0; k--) {
                b[random.nextInt(b.length)] = (byte) alphabet[random.nextInt(alphabet.length)];
            }
            if (random.nextInt(4) == 0) {
                // a valid two-byte character somewhere
                int at = random.nextInt(b.length);
                b[at] = (byte) 0xC3;
                if (at + 1 < b.length) {
                    b[at + 1] = (byte) 0xA9;
                }
            }
            assertThat(checkAccepts(b, 1 + random.nextInt(80))).as("%s", java.util.Arrays.toString(b))
                    .isEqualTo(javaAccepts(b));
        }
    }

    @Test
    void jsonTextBeyondAsciiIsReadAndUtf16IsRefusedAsBefore() throws IOException {
        Path f = Files.writeString(dir.resolve("unicode.json"),
                "{\"name\": \"作业\", \"jobs\": [{\"id\": \"café ☕ 🚀\", \"promptTokens\": 1, \"outputTokens\": 2}]}");
        assertThat(TraceReader.read(f).name()).isEqualTo("作业");
        assertThat(TraceReader.read(f).job(0).id()).isEqualTo("café ☕ 🚀");

        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, "{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 2}]}".getBytes(StandardCharsets.UTF_16LE));
        assertThat(InputErrors.expect(() -> TraceReader.read(utf16), utf16.toString(), 1, null).getMessage())
                .contains("malformed JSON");
        Files.write(utf16, "{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 2}]}".getBytes(StandardCharsets.UTF_16));
        assertThat(InputErrors.expect(() -> TraceReader.read(utf16), utf16.toString(), 0, null).getMessage())
                .endsWith("not UTF-8 text");
    }
}
