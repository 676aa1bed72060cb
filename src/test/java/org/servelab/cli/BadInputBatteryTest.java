package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The battery of bad inputs in {@code src/test/resources/bad-inputs/cases.tsv}: each case runs in a fresh
 * copy of that folder and must exit 2 with one line naming the problem, leaving every file as it was.
 */
class BadInputBatteryTest {

    @TempDir
    Path temp;

    static Path folder() {
        try {
            return Path.of(BadInputBatteryTest.class.getResource("/bad-inputs/cases.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(folder().resolve("cases.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("cases.tsv: not three tab-separated columns: " + line);
            }
            out.add(Arguments.of(f[0], f[1], f[2]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedInOneLineWithNothingTouched(String name, String args, String fragments) throws IOException {
        Path dir = temp.resolve("inputs");
        copy(folder(), dir);
        Map<String, String> before = snapshot(dir);

        String[] argv = args.replace("{dir}", dir.toString()).replace("{name}", dir.getFileName().toString())
                .split(" ");
        Cli cli = Cli.run(argv);

        assertThat(cli.exitCode).as("exit code; stderr: %s", cli.err).isEqualTo(2);
        assertThat(cli.err.strip()).as("one line").doesNotContain("\n").startsWith("servelab: ");
        assertThat(cli.err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.err).contains(fragments.split("\\|"));
        assertThat(snapshot(dir)).as("files after the run").isEqualTo(before);
    }

    /** Every file and folder under {@code dir} with its content. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.forEach(p -> {
                try {
                    files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "(folder)"
                            : new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
