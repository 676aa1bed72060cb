package org.servelab.workload.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files all or nothing: the content goes to a temporary file in the target's directory, which is
 * synced and then renamed over the target. A reader sees either the old file or the complete new one,
 * and a failure (an exception, a full disk, a crash) never leaves a truncated file under the target name.
 * The temporary file must be in the same directory because a rename is only atomic within one file system.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void write(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with whatever {@code body} writes to the stream it is given. The stream is
     * buffered; {@code body} must not close it. If {@code body} throws, the target is left untouched.
     */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        Path temp = tempBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.accept(out);
                out.flush();
                channel.force(true);
            }
            replace(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * Creates an empty temporary file next to {@code target}, for callers that stream into it themselves
     * and then call {@link #replace(Path, Path)} (or delete it on failure).
     *
     * @throws FileSystemException when the target's directory does not exist or the target is a directory
     */
    public static Path tempBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileSystemException(target.toString(), null,
                    "cannot write: directory " + (dir == null ? "(none)" : dir) + " does not exist");
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        shareLikeTarget(temp, absolute);
        return temp;
    }

    /**
     * A temporary file is created readable by its owner only; the file it becomes should have the
     * permissions of the file it replaces, or those of a newly created file (rw-r--r--).
     */
    private static void shareLikeTarget(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /** Moves {@code temp} over {@code target}, atomically where the file system allows it. */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp, Throwable primary) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException suppressed) {
            primary.addSuppressed(suppressed);
        }
    }
}
