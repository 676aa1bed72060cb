package org.servelab.workload.io;

import java.io.IOException;

/** A consumer that may fail with an {@link IOException}, such as code that writes to a stream. */
@FunctionalInterface
public interface IOConsumer<T> {

    void accept(T value) throws IOException;
}
