package org.servelab.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servelab.ui.i18n.ErrorText;
import org.servelab.ui.i18n.Messages;
import org.servelab.workload.InputException;

/** The window's refusal of a trace with too many jobs, in both languages. */
class TooManyJobsTextTest {

    private static final Path DATASET = Path.of("sample-traces", "orca-appendix-b.csv");

    @Test
    void theRefusalIsWordedInChineseWithEveryNumberKept() {
        InputException e = catchThrowableOfType(() -> TraceFiles.load(DATASET, 10), InputException.class);
        String english = e.problem();
        assertThat(english).startsWith("too many jobs for the window: more than 10 (");
        assertThat(ErrorText.of(english, Messages.of(Locale.ENGLISH))).isEqualTo(english);

        String zh = ErrorText.of(english, Messages.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(zh).startsWith("作业太多，窗口打不开：超过 10 个（文件 ")
                .contains("最多打开 10 个作业")
                .contains("-Xmx1g -jar servelab.jar")
                .contains("SERVELAB_JAVA_OPTS=-Xmx1g bin/servelab")
                .doesNotContain("too many", "null");
        String heap = english.replaceAll(".*with its heap of ([\\d,]+) MiB.*", "$1");
        assertThat(zh).contains("当前堆 " + heap + " MiB");
    }
}
