package org.neurite.engine.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes files so that readers see either the old or the whole new content, never a part: the content goes to a
 * temporary file beside the target, is flushed to disk, then renamed over the target. A crash, a full disk or a
 * cancelled run mid-write leaves the old file as it was. A new file gets the usual permissions (as the umask
 * allows); a replaced file keeps its own. Every file Neurite writes (workflows, tables, models, scores) goes
 * through here.
 */
public final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the content of a file through a channel. */
    @FunctionalInterface
    public interface ChannelWriter {
        void write(FileChannel channel) throws IOException;
    }

    /** Writes the content of a file through a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        writeStream(file, out -> out.write(content));
    }

    /** Writes through a buffered stream. */
    public static void writeStream(Path file, StreamWriter writer) throws IOException {
        write(file, channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            writer.write(out);
            out.flush();
        });
    }

    public static void write(Path file, ChannelWriter writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = createTemporary(dir, target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                writer.write(channel);
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * An empty file beside {@code target} for its next content. Not {@link Files#createTempFile}, whose owner-only
     * permissions the renamed file would keep: models and scores a run writes must stay readable like any file.
     */
    private static Path createTemporary(Path dir, Path target) throws IOException {
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        Files.createFile(temp);
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
        return temp;
    }
}
