package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window starts itself again in a JVM with the window's options, unless its JVM was set up by hand. */
class WindowJvmTest {

    @Test
    void aBareJvmStartsTheWindowInANewOne() {
        assertThat(WindowJvm.shouldRelaunch(List.of(), null)).isTrue();
        assertThat(WindowJvm.shouldRelaunch(List.of("-Xmx4g", "-Dprism.order=sw", "-Duser.language=zh"), null))
                .isTrue();
        assertThat(WindowJvm.shouldRelaunch(List.of("-XX:SharedArchiveFile=/a/servelab.jsa", "-Xlog:cds=off"), null))
                .as("bin/servelab's class-data archive").isTrue();
    }

    @Test
    void aJvmSetUpByHandOrAlreadyTheWindowsIsKept() {
        assertThat(WindowJvm.shouldRelaunch(List.of(), "window")).as("the window's own JVM").isFalse();
        assertThat(WindowJvm.shouldRelaunch(List.of(), "same")).as("asked to stay").isFalse();
        assertThat(WindowJvm.shouldRelaunch(List.of("-Xmx4g", "-XX:+UseSerialGC"), null)).isFalse();
        assertThat(WindowJvm.shouldRelaunch(List.of("-XX:StartFlightRecording=filename=x.jfr"), null)).isFalse();
        assertThat(WindowJvm.shouldRelaunch(List.of("-agentlib:jdwp=transport=dt_socket,server=y"), null))
                .isFalse();
        assertThat(WindowJvm.shouldRelaunch(List.of("-javaagent:/opt/agent.jar"), null)).isFalse();
    }

    @Test
    void theNewJvmKeepsTheOptionsAfterTheWindowsAndTheArguments() {
        List<String> cmd = WindowJvm.command("/opt/jdk/bin/java", List.of("-Xmx4g", "-XX:TieredStopAtLevel=4"),
                "/a/servelab.jar", "org.servelab.Launcher", new String[] {"--measure=10000", "--max-batch=64"});
        assertThat(cmd).containsExactly("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Xmx4g",
                "-XX:TieredStopAtLevel=4", "-Dservelab.windowJvm=window", "-cp", "/a/servelab.jar",
                "org.servelab.Launcher", "--measure=10000", "--max-batch=64");
    }

    @Test
    void hugePagesAreAskedForOnlyWhereTheKernelGivesThemOnRequest() {
        assertThat(WindowJvm.windowOptions("always madvise [never]\n")).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(WindowJvm.windowOptions("[always] madvise never\n")).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(WindowJvm.windowOptions(null)).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(WindowJvm.windowOptions("always [madvise] never\n"))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages");
    }

    /** A real second JVM: it gets the window's options and the arguments, and its exit code comes back. */
    @Test
    void theNewJvmRunsAndItsExitCodeIsReturned(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seen.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = WindowJvm.command(java, List.of(), System.getProperty("java.class.path"),
                ReportingMain.class.getName(), new String[] {out.toString(), "7"});

        Optional<Integer> code = WindowJvm.run(cmd);

        assertThat(code).contains(7);
        List<String> seen = Files.readAllLines(out);
        assertThat(seen.get(0)).isEqualTo("window");
        assertThat(seen.subList(1, seen.size())).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aJvmThatCannotStartLeavesTheWindowToThisOne(@TempDir Path dir) {
        assertThat(WindowJvm.run(List.of(dir.resolve("no-such-java").toString(), "-version"))).isEmpty();
    }

    /** The child of {@link #theNewJvmRunsAndItsExitCodeIsReturned}: writes its mark and options, exits. */
    public static final class ReportingMain {
        public static void main(String[] args) throws Exception {
            StringBuilder sb = new StringBuilder(System.getProperty(WindowJvm.MARK, "none")).append('\n');
            for (String o : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                sb.append(o).append('\n');
            }
            Files.writeString(Path.of(args[0]), sb);
            System.exit(Integer.parseInt(args[1]));
        }
    }
}
