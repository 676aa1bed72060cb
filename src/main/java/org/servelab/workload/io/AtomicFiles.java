package org.servelab.workload.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes files all or nothing, and never replaces what is not a file. What happens depends on what the
 * target is:
 * <ul>
 *   <li>a regular file or a missing path: the content goes to a temporary file in the same directory
 *       ({@code .NAME.<digits>.tmp}), which is synced and then renamed over the target (a large one is
 *       also synced in the background while it is written, so that the last sync is short). A reader sees
 *       either the old file or the complete new one, and a failure (an exception, a full disk, a crash)
 *       never leaves a truncated file under the target name;</li>
 *   <li>a symbolic link: followed (through every link), and the file it points to is replaced as above,
 *       so the link stays a link;</li>
 *   <li>a FIFO or a character device ({@code /dev/null}, a terminal), or a symbolic link under
 *       {@code /dev/} or {@code /proc/} ({@code /dev/stdout}, which may lead to the regular file a shell
 *       redirected to): written straight into, opened for appending, never renamed over, never created;</li>
 *   <li>a directory, a block device or a socket: refused.</li>
 * </ul>
 * Temporary files are locked while they are written and deleted when the JVM shuts down (Ctrl-C,
 * SIGTERM); one left by a killed process (kill -9) is swept the next time a file of that name is written
 * in that directory, unless another process still holds its lock.
 */
public final class AtomicFiles {

    /** Temporary files being written by this JVM: deleted by a shutdown hook if it exits before they are done. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

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
        try (Staged s = open(target)) {
            body.accept(s.stream());
            s.commit();
        }
    }

    /**
     * Prepares to write {@code target}: checks what is there and, for a regular file or a missing path,
     * creates the temporary file. Write into {@link Staged#stream()}, then {@link Staged#commit()};
     * {@link Staged#close()} without a commit deletes the temporary file and leaves the target as it was.
     * A FIFO or device is only opened at the first write (opening a FIFO waits for its reader).
     *
     * @throws FileSystemException naming the target when it cannot be written: its directory does not exist,
     *                             it is a directory, a block device or a socket
     */
    public static Staged open(Path target) throws IOException {
        Plan plan = plan(target);
        if (plan.writesThrough()) {
            return new Staged(target, plan.path(), null, null);
        }
        Path real = plan.path();
        Path dir = real.getParent();
        sweepStale(dir, real.getFileName().toString());
        Path temp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".tmp");
        live(temp);
        try {
            shareLikeTarget(temp, real);
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            try {
                lockIfPossible(channel);
                return new Staged(target, real, temp, channel);
            } catch (RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * Locks a temporary file so that no other process sweeps it while it is written. A file system without
     * locks (some network mounts) only loses that protection.
     */
    private static void lockIfPossible(FileChannel channel) {
        try {
            channel.lock();
        } catch (IOException | UnsupportedOperationException e) {
            // written unlocked
        }
    }

    /**
     * What writing {@code target} would do, without doing it.
     *
     * @param path          the file that would be replaced (symbolic links resolved), or the device or FIFO
     *                      that would be written into
     * @param writesThrough whether the content is written straight into {@code path} instead of replacing it
     */
    public record Plan(Path path, boolean writesThrough) {
    }

    /** @see #open(Path) */
    public static Plan plan(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (isSystemPath(absolute.normalize()) && (Files.isSymbolicLink(absolute)
                || Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute))) {
            // /dev/stdout and /proc/self/fd/1 lead to whatever the shell opened, maybe a regular file: write into it
            if (!Files.exists(absolute)) {
                throw new FileSystemException(target.toString(), null, "does not exist (a link to nothing)");
            }
            if (Files.isDirectory(absolute)) {
                throw new FileSystemException(target.toString(), null, "is a directory");
            }
            String type = specialType(absolute, true);
            if (type != null) {
                throw new FileSystemException(target.toString(), null, "is a " + type + ", not a file to write into");
            }
            return new Plan(absolute, true);
        }
        Path path = followLinks(target, absolute);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            Path dir = path.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new FileSystemException(target.toString(), null,
                        "cannot write: directory " + (dir == null ? "(none)" : dir) + " does not exist");
            }
            return new Plan(path, false);
        }
        if (a.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (a.isRegularFile()) {
            return new Plan(path, false);
        }
        String type = specialType(path, false);
        if (type == null) {
            return new Plan(path, true);
        }
        throw new FileSystemException(target.toString(), null, "is a " + type + ", not a file to write into");
    }

    /**
     * Under /dev and /proc, links (/dev/stdout) and special files are written into, never replaced; regular
     * files there (/dev/shm) follow the ordinary rules.
     */
    private static boolean isSystemPath(Path normalized) {
        return normalized.getNameCount() > 1
                && (normalized.startsWith("/dev") || normalized.startsWith("/proc"));
    }

    /** The path with every symbolic link resolved; the last one may point to a missing file. */
    private static Path followLinks(Path target, Path absolute) throws IOException {
        Path p = absolute;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            Path dest = Files.readSymbolicLink(p);
            p = p.resolveSibling(dest).toAbsolutePath();
            Path dir = p.getParent();
            if (dir != null && Files.isDirectory(dir)) {
                p = dir.toRealPath().resolve(p.getFileName());
            }
        }
        return p;
    }

    /**
     * {@code null} for a FIFO or character device (or when the file system does not say which kind of
     * special file it is), else what it is, in words.
     */
    private static String specialType(Path path, boolean followLinks) {
        int mode;
        try {
            mode = (Integer) (followLinks ? Files.getAttribute(path, "unix:mode")
                    : Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        switch (mode & 0170000) {
            case 0060000:
                return "block device";
            case 0140000:
                return "socket";
            default:
                return null;
        }
    }

    /** The temporary files this package makes beside a file called {@code name}. */
    static Pattern tempNames(String name) {
        return Pattern.compile("\\." + Pattern.quote(name) + "\\.[0-9]+\\.tmp");
    }

    /**
     * Deletes temporary files of ours for {@code name} that no process is writing: not live in this JVM
     * and not locked by another one (the lock of a killed process is gone with it).
     */
    private static void sweepStale(Path dir, String name) {
        Pattern ours = tempNames(name);
        DirectoryStream.Filter<Path> filter = p -> ours.matcher(p.getFileName().toString()).matches();
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, filter)) {
            for (Path p : stale) {
                if (LIVE.contains(p) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    FileLock lock = c.tryLock();
                    if (lock != null) {
                        Files.deleteIfExists(p);
                        lock.release();
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // in use or not ours to delete: leave it
                }
            }
        } catch (IOException e) {
            // an unreadable directory: the write itself will say what is wrong
        }
    }

    private static void live(Path temp) {
        if (!hookInstalled) {
            synchronized (LIVE) {
                if (!hookInstalled) {
                    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteLive, "servelab-temp-cleanup"));
                    hookInstalled = true;
                }
            }
        }
        LIVE.add(temp);
    }

    private static void deleteLive() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // shutting down: nothing more to do
            }
        }
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
    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp, Throwable primary) {
        LIVE.remove(temp);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException suppressed) {
            primary.addSuppressed(suppressed);
        }
    }

    /**
     * One file being written: into a locked temporary file that {@link #commit()} renames over the target,
     * or straight into a FIFO or device. Errors of the stream name the target.
     */
    public static final class Staged implements Closeable {

        private final Path target;
        private final Path path;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;
        private OutputStream device;
        private boolean committed;
        private boolean closed;
        /** Whether the temporary file was synced with nothing written since. */
        private volatile boolean synced;
        /** Bytes written since the last background sync was asked for. */
        private long unsynced;
        /** Syncs what was written so far while more is written, once a file grows large; or {@code null}. */
        private BackgroundSync background;

        private Staged(Path target, Path path, Path temp, FileChannel channel) {
            this.target = target;
            this.path = path;
            this.temp = temp;
            this.channel = channel;
            this.stream = new BufferedOutputStream(new Named(), 1 << 16);
        }

        /** The target as the caller named it. */
        public Path target() {
            return target;
        }

        /** Whether the content goes straight into a FIFO or device (no temporary file, nothing to undo). */
        public boolean writesThrough() {
            return temp == null;
        }

        /** The buffered stream to write the content into; do not close it. */
        public OutputStream stream() {
            return stream;
        }

        /**
         * Flushes the content and syncs the temporary file to the disk, so that {@link #commit()} has only the
         * rename left; a thread that writes one file of several can sync it while the others are written.
         */
        public void sync() throws IOException {
            stream.flush();
            if (temp != null) {
                try {
                    finishBackground();
                    channel.force(true);
                } catch (IOException e) {
                    throw named(e);
                }
                synced = true;
            }
        }

        /** Flushes and syncs the content and renames the temporary file over the target. */
        public void commit() throws IOException {
            stream.flush();
            if (temp != null) {
                try {
                    finishBackground();
                    if (!synced) {
                        channel.force(true);
                    }
                    replace(temp, path);
                } catch (IOException e) {
                    throw named(e);
                }
                LIVE.remove(temp);
            } else if (device == null) {
                open();
            }
            committed = true;
        }

        /** Closes the stream; without a commit, deletes the temporary file. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            IOException failure = null;
            if (background != null) {
                background.finish();
            }
            try {
                if (temp != null) {
                    channel.close();
                } else if (device != null) {
                    device.close();
                }
            } catch (IOException e) {
                failure = committed ? named(e) : null;
            }
            if (temp != null && !committed) {
                LIVE.remove(temp);
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        /** Waits for the background sync, if any, to finish; throws what it failed with. */
        private void finishBackground() throws IOException {
            if (background != null) {
                BackgroundSync b = background;
                background = null;
                b.finish();
                try {
                    b.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while syncing " + target);
                }
                if (b.failure != null) {
                    throw b.failure;
                }
            }
        }

        /** Counts bytes written to the temporary file, and asks for a background sync every so often. */
        private void written(int bytes) {
            if (temp == null) {
                return;
            }
            unsynced += bytes;
            if (unsynced >= BackgroundSync.EVERY) {
                unsynced = 0;
                if (background == null) {
                    background = new BackgroundSync(channel, target);
                    background.start();
                }
                background.request();
            }
        }

        private OutputStream open() throws IOException {
            if (temp != null) {
                return Channels.newOutputStream(channel);
            }
            if (device == null) {
                device = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
            return device;
        }

        private IOException named(IOException e) {
            return AtomicFiles.named(target, e);
        }

        /** The unbuffered stream under {@link #stream}: opens lazily and names the target in its errors. */
        private final class Named extends FilterOutputStream {

            private OutputStream sink;

            Named() {
                super(null);
            }

            private OutputStream out() throws IOException {
                if (sink == null) {
                    sink = open();
                }
                return sink;
            }

            @Override
            public void write(int b) throws IOException {
                synced = false;
                try {
                    out().write(b);
                } catch (IOException e) {
                    throw named(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synced = false;
                try {
                    out().write(b, off, len);
                } catch (IOException e) {
                    throw named(e);
                }
                written(len);
            }

            @Override
            public void flush() throws IOException {
                try {
                    if (sink != null) {
                        sink.flush();
                    }
                } catch (IOException e) {
                    throw named(e);
                }
            }

            @Override
            public void close() {
                // the Staged closes what it opened
            }
        }
    }

    /** The same failure with the target's name in front (a full disk names the file it could not write). */
    private static IOException named(Path target, IOException e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
            return e;
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        FileSystemException n = new FileSystemException(target.toString(), null, reason);
        n.initCause(e);
        return n;
    }

    /**
     * Syncs a large temporary file to the disk while it is still being written, so that the disk writes it
     * while the content is made, and the sync before the rename has only the last part left. It only moves
     * the work earlier: the sync before the rename still happens, and what the file holds is the same.
     */
    private static final class BackgroundSync extends Thread {
        /** Bytes written between two background syncs. */
        static final long EVERY = 32L << 20;

        private final FileChannel channel;
        private final Path target;
        private boolean requested;
        private boolean stopped;
        /** What a sync failed with, named after the target; read after {@link #join()}. */
        IOException failure;

        BackgroundSync(FileChannel channel, Path target) {
            super("servelab-sync");
            setDaemon(true);
            this.channel = channel;
            this.target = target;
        }

        synchronized void request() {
            requested = true;
            notifyAll();
        }

        synchronized void finish() {
            stopped = true;
            notifyAll();
        }

        @Override
        public void run() {
            while (true) {
                synchronized (this) {
                    while (!requested && !stopped) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (stopped) {
                        return;
                    }
                    requested = false;
                }
                try {
                    channel.force(false);
                } catch (IOException e) {
                    if (channel.isOpen()) {
                        failure = named(target, e);
                    }
                    return;
                }
            }
        }
    }
}
