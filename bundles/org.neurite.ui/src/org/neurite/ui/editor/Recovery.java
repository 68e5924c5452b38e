package org.neurite.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.neurite.engine.file.AtomicFile;
import org.osgi.framework.FrameworkUtil;

/**
 * Crash recovery: while a workflow has unsaved changes, the editor writes it here every half minute. Saving or
 * closing it (either way) deletes the copy; a copy still present at the next open means the workbench ended
 * without that, and its content is offered back.
 */
final class Recovery {

    private static final String UNTITLED = "untitled";

    private final Path copy;
    private final String source;

    private Recovery(Path copy, String source) {
        this.copy = copy;
        this.source = source;
    }

    static Recovery forFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName() + "-" + Integer.toHexString(absolute.toString().hashCode());
        return new Recovery(folder().resolve(name + ".nflow"), absolute.toString());
    }

    static Recovery forUntitled() {
        return new Recovery(folder().resolve(UNTITLED + "-" + UUID.randomUUID() + ".nflow"), UNTITLED);
    }

    /** The copies of untitled workflows that a previous run left behind. */
    static List<Recovery> untitledLeftovers() {
        List<Recovery> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            files.filter(f -> f.getFileName().toString().startsWith(UNTITLED + "-")
                    && f.getFileName().toString().endsWith(".nflow")).forEach(f -> found.add(new Recovery(f, UNTITLED)));
        } catch (IOException | IllegalStateException e) {
            // no recovery folder yet: nothing to recover
        }
        return found;
    }

    private static Path folder() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(Recovery.class)).toPath().resolve("recovery");
    }

    Path copy() {
        return copy;
    }

    /** The text of a copy newer than the file it belongs to, if one was left behind. */
    Optional<String> leftover() {
        try {
            if (!Files.exists(copy)) {
                return Optional.empty();
            }
            if (!source.equals(UNTITLED)) {
                Path file = Path.of(source);
                if (Files.exists(file) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(copy)) > 0) {
                    discard(); // the file was saved after the copy was taken
                    return Optional.empty();
                }
            }
            return Optional.of(Files.readString(copy, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void save(String text) {
        try {
            AtomicFile.write(copy, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException e) {
            // recovery is a safety net; a full disk must not interrupt editing
        }
    }

    void discard() {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // a stale copy is only offered again, never loaded silently
        }
    }
}
