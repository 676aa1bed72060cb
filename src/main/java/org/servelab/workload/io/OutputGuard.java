package org.servelab.workload.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.servelab.workload.InputException;

/**
 * The files one command reads and writes, so that no output replaces an input or another output of the
 * same command. Files are compared as the file system sees them: by device and inode where they exist
 * (so {@code ..}, symbolic links and hard links are all seen through), by real path where they do not yet.
 * Every refusal is an {@link InputException} naming the output's option; nothing is written by the guard.
 */
public final class OutputGuard {

    /** The name that means standard output wherever an output file is taken. */
    public static final String STDOUT = "-";

    private record Role(String option, String what, Path path, Object key) {
    }

    private final List<Role> inputs = new ArrayList<>();
    private final List<Role> outputs = new ArrayList<>();

    /**
     * Registers a file the command reads; {@code null} and files that do not exist are ignored (reading
     * them fails on its own).
     *
     * @param what the input in words, for the message: {@code "input trace"}, {@code "cost profile"}
     */
    public OutputGuard input(String option, String what, Path file) {
        if (file != null && !isStdout(file) && Files.exists(file)) {
            inputs.add(new Role(option, what, file, null));
        }
        return this;
    }

    /**
     * Checks an output before anything is written: it must not be an input or an output already named,
     * and it must be writable as {@link AtomicFiles} writes (its directory exists, it is not a directory).
     * FIFOs and devices ({@code /dev/null}) may be named by several outputs. A name that leads to the regular
     * file standard output was redirected to ({@code /dev/stdout > file}) is standard output.
     *
     * @return the plan {@link AtomicFiles} will follow, or {@code null} for standard output
     * @throws InputException naming {@code option} when the output cannot be written or would replace
     *                        another file of the command
     */
    public AtomicFiles.Plan output(String option, Path file) {
        if (isStdout(file)) {
            for (Role o : outputs) {
                if (o.key() == STDOUT) {
                    throw InputException.parameter(option, "standard output (-) is already the target of " + o.option());
                }
            }
            outputs.add(new Role(option, "standard output", file, STDOUT));
            return null;
        }
        AtomicFiles.Plan plan;
        try {
            plan = AtomicFiles.plan(file);
        } catch (FileSystemException e) {
            throw InputException.parameter(option, e.getMessage());
        } catch (IOException e) {
            throw InputException.parameter(option, "cannot write " + file + ": " + e.getMessage());
        }
        if (plan.writesThrough() && isOwnStdoutFile(file)) {
            // /dev/stdout redirected to a file: a second descriptor on it would overwrite what stdout wrote
            return output(option, Path.of(STDOUT));
        }
        for (Role in : inputs) {
            if (same(file, in.path())) {
                throw InputException.parameter(option, file + " is the " + in.what() + " (" + in.option()
                        + "); refusing to overwrite it");
            }
        }
        if (plan.writesThrough()) {
            return plan;
        }
        Object key = key(file, plan);
        for (Role o : outputs) {
            if (key.equals(o.key())) {
                throw InputException.parameter(option, file + " is already the target of " + o.option());
            }
        }
        outputs.add(new Role(option, "output", file, key));
        return plan;
    }

    /** Whether {@code file} names standard output. */
    public static boolean isStdout(Path file) {
        return file != null && STDOUT.equals(file.toString());
    }

    /** Whether {@code file} is the regular file this process's standard output was redirected to. */
    private static boolean isOwnStdoutFile(Path file) {
        Path fd1 = Path.of("/proc/self/fd/1");
        return Files.isRegularFile(file) && Files.exists(fd1) && same(file, fd1);
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's identity: device and inode when it exists, else the real path it will be created at. */
    private static Object key(Path file, AtomicFiles.Plan plan) {
        try {
            if (Files.exists(file)) {
                Object k = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
                if (k != null) {
                    return k;
                }
                return file.toRealPath();
            }
        } catch (IOException e) {
            // fall through to the path
        }
        Path p = plan.path().toAbsolutePath();
        try {
            return p.getParent().toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            return p.normalize();
        }
    }
}
