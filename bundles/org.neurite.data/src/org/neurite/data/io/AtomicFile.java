package org.neurite.data.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Streams a file so that readers see the old content or the whole new content, never a part: the same
 * temp-file-then-rename idea as {@code WorkflowFile.writeAtomically}, for content too large to hold as one array.
 */
public final class AtomicFile {

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

    public static void write(Path file, ChannelWriter writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
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

    /** Like {@link #write(Path, ChannelWriter)} with a buffered stream over the channel. */
    public static void writeStream(Path file, StreamWriter writer) throws IOException {
        write(file, channel -> {
            OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            writer.write(out);
            out.flush();
        });
    }

    private AtomicFile() {
    }
}
