package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

import org.junit.jupiter.api.Test;

class ConsoleWriterTest {

    /** A writer that counts how often it is flushed. */
    static final class Counting extends StringWriter {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void linesAreBufferedNotFlushedOneByOne() throws IOException {
        Counting sink = new Counting();
        try (Writer w = new ConsoleWriter(new PrintWriter(sink))) {
            for (int i = 0; i < 100_000; i++) {
                w.write("fcfs,1.5,J" + i + ",1,Q1\n");
            }
        }
        assertThat(sink.toString().lines()).hasSize(100_000);
        assertThat(sink.flushes).as("flushes for 100,000 lines").isLessThan(100);
    }

    @Test
    void aClosedStandardOutputStopsTheWriter() {
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ConsoleWriter w = new ConsoleWriter(new PrintWriter(closedPipe));
        assertThatThrownBy(() -> {
            w.write("a line\n");
            w.flush();
        }).isInstanceOf(StdoutClosedException.class);
        assertThat(ErrorHandler.stdoutClosed(new java.io.UncheckedIOException(new StdoutClosedException()))).isTrue();
    }
}
