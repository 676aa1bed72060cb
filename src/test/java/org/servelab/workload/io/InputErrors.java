package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.servelab.workload.InputException;

/** Asserts that bad input is reported with its file, line and field, in the exception and in the message. */
final class InputErrors {

    private InputErrors() {
    }

    static InputException expect(ThrowingCallable call, String source, int line, String field) {
        InputException e = catchThrowableOfType(InputException.class, call);
        assertThat(e).as("an InputException").isNotNull();
        assertThat(e.source()).as("source of: %s", e.getMessage()).isEqualTo(source);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
        assertThat(e.field()).as("field of: %s", e.getMessage()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(source + (line > 0 ? ", line " + line + ": " : ": "));
        if (field != null) {
            assertThat(e.getMessage()).contains(field);
        }
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }
}
