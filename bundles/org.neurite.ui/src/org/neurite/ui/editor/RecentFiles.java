package org.neurite.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.neurite.engine.file.AtomicFile;
import org.osgi.framework.FrameworkUtil;

/** The workflows opened or saved last, newest first, kept in the workbench's state folder. */
public final class RecentFiles {

    private static final int MAX = 8;

    private RecentFiles() {
    }

    private static Path store() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(RecentFiles.class)).toPath().resolve("recent-files.txt");
    }

    public static synchronized List<Path> list() {
        try {
            Path store = store();
            if (!Files.exists(store)) {
                return List.of();
            }
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).filter(Files::exists).toList();
        } catch (IOException | IllegalStateException e) {
            return List.of(); // no state folder (no -data) or unreadable: no recent files
        }
    }

    public static synchronized void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        try {
            String text = String.join("\n", files.stream().map(Path::toString).toList()) + "\n";
            AtomicFile.write(store(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException e) {
            // the list is a convenience: failing to remember a file must not fail the open or save
        }
    }
}
