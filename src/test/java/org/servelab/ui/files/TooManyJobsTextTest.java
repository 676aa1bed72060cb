package org.servelab.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.i18n.Wording;
import org.servelab.workload.InputException;

/** The window's refusal of a trace with too many jobs, in both languages. */
class TooManyJobsTextTest {

    private static final Path DATASET = Path.of("sample-traces", "orca-appendix-b.csv");
    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages ZH = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Complete Chinese: no placeholder, no missing key, no English words but the commands, every number kept. */
    private static void assertChineseMatches(String zh, String english) {
        assertThat(zh).startsWith("作业太多，窗口打不开：超过 ")
                .doesNotContain("{", "}", "!error.", "null", "too many", "bytes", "about", "heap", "jobs");
        assertThat(numbers(zh)).as("the numbers of %s", english).containsExactlyElementsOf(numbers(english));
    }

    @Test
    void theRefusalIsWordedInChineseWithEveryNumberKept() {
        InputException e = catchThrowableOfType(() -> TraceFiles.load(DATASET, 10), InputException.class);
        String english = e.problem();
        assertThat(english).startsWith("too many jobs for the window: more than 10 (");
        assertThat(WordedInputException.problem(e, EN)).isEqualTo(english);

        String zh = WordedInputException.problem(e, ZH);
        assertThat(zh).startsWith("作业太多，窗口打不开：超过 10 个（文件 ")
                .contains("最多打开 10 个作业")
                .contains("-Xmx1g -jar servelab.jar")
                .contains("SERVELAB_JAVA_OPTS=-Xmx1g bin/servelab");
        String heap = english.replaceAll(".*with its heap of ([\\d,]+) MiB.*", "$1");
        assertThat(zh).contains("当前堆 " + heap + " MiB");
        assertChineseMatches(zh, english);
    }

    @Test
    void everyFormIsTheSameEnglishAsBeforeAndCompleteInChinese() {
        // a large file read in part: its size in MB and the jobs it holds, estimated
        Wording large = TraceFiles.tooManyJobs(2_000, 12_250_000, 800_000, 1_024);
        assertThat(large.in(EN)).isEqualTo("too many jobs for the window: more than 2,000 (12.3 MB, about 31,000 jobs);"
                + " with its heap of 1,024 MiB it opens at most 2,000, as it records the run to play it back (about 16"
                + " KiB a job); start it with a larger heap (java -Xmx1g -jar servelab.jar, or SERVELAB_JAVA_OPTS=-Xmx1g"
                + " bin/servelab), or use servelab run --trace for the results alone");
        assertThat(large.in(ZH)).isEqualTo("作业太多，窗口打不开：超过 2,000 个（文件 12.3 MB，估计约 31,000 个作业）；当前堆 1,024"
                + " MiB，最多打开 2,000 个作业，因为回放要记录整个运行（每个作业约 16 KiB）；请用更大的堆启动（java -Xmx1g -jar"
                + " servelab.jar，或 SERVELAB_JAVA_OPTS=-Xmx1g bin/servelab），或用 servelab run --trace 只计算结果");

        // a small file: its size in bytes, grouped (a form the Chinese window once showed in English)
        Wording small = TraceFiles.tooManyJobs(5, 1_234, 600, 3_000);
        assertThat(small.in(EN)).startsWith("too many jobs for the window: more than 5 (1,234 bytes, about 10 jobs);"
                + " with its heap of 3,000 MiB it opens at most 5,");
        assertThat(small.in(ZH)).startsWith("作业太多，窗口打不开：超过 5 个（文件 1,234 字节，估计约 10 个作业）；当前堆 3,000 MiB");

        // the size known but no estimate, and the size not known: the parts that would be empty are left out
        Wording whole = TraceFiles.tooManyJobs(5, 1_234, 0, 512);
        assertThat(whole.in(EN)).startsWith("too many jobs for the window: more than 5 (1,234 bytes); with its heap");
        assertThat(whole.in(ZH)).startsWith("作业太多，窗口打不开：超过 5 个（文件 1,234 字节）；当前堆 512 MiB");
        Wording unknown = TraceFiles.tooManyJobs(1_000_000, 0, 0, 16_000);
        assertThat(unknown.in(EN)).startsWith("too many jobs for the window: more than 1,000,000; with its heap of 16,000"
                + " MiB it opens at most 1,000,000,").contains("-Xmx16g -jar", "SERVELAB_JAVA_OPTS=-Xmx16g bin");
        assertThat(unknown.in(ZH)).startsWith("作业太多，窗口打不开：超过 1,000,000 个；当前堆 16,000 MiB");

        for (Wording w : List.of(large, small, whole, unknown)) {
            assertChineseMatches(w.in(ZH), w.in(EN));
        }
    }
}
