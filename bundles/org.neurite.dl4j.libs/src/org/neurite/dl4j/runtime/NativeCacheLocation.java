package org.neurite.dl4j.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where JavaCPP extracts the native libraries (about 450 MB on first use), and why there.
 * <p>
 * In order: the folder the user gave with {@code -Dorg.bytedeco.javacpp.cachedir}; {@value #FOLDER_NAME} inside the
 * installation's OSGi configuration area ({@code osgi.configuration.area}); the same folder in this bundle's data
 * area when the configuration area is read-only; a folder in the system's temporary folder when there is no OSGi
 * framework at all. Never JavaCPP's own default {@code ~/.javacpp/cache}.
 *
 * @param directory the cache folder, created and writable
 * @param reason why this folder was chosen, in words, for the log
 */
public record NativeCacheLocation(Path directory, String reason) {

    /** The folder name inside the configuration or data area. */
    public static final String FOLDER_NAME = "javacpp-cache";

    /**
     * Chooses the folder and creates it.
     *
     * @param userValue the value of {@code org.bytedeco.javacpp.cachedir}, or null when not set
     * @param configurationArea the OSGi property {@code osgi.configuration.area} (a URL), or null
     * @param bundleDataArea supplies this bundle's data area, or null outside OSGi
     * @throws IllegalStateException when the user's folder cannot be created or written
     */
    public static NativeCacheLocation choose(String userValue, String configurationArea, Supplier<Path> bundleDataArea) {
        if (userValue != null && !userValue.isBlank()) {
            Path folder = Path.of(userValue).toAbsolutePath();
            String problem = prepare(folder);
            if (problem != null) {
                throw new IllegalStateException("The JavaCPP native cache folder " + folder
                        + " (set by -D" + Dl4jRuntime.CACHE_DIR_PROPERTY + ") cannot be used: " + problem
                        + ". Give a writable folder, or remove the property to use the installation's configuration area.");
            }
            return new NativeCacheLocation(folder, "set by -D" + Dl4jRuntime.CACHE_DIR_PROPERTY);
        }
        Path area = localFolder(configurationArea);
        if (area != null && prepare(area.resolve(FOLDER_NAME)) == null) {
            return new NativeCacheLocation(area.resolve(FOLDER_NAME), "inside the OSGi configuration area");
        }
        Path data = bundleDataArea == null ? null : bundleDataArea.get();
        if (data != null && prepare(data.resolve(FOLDER_NAME)) == null) {
            return new NativeCacheLocation(data.resolve(FOLDER_NAME),
                    "in the bundle's data area (the configuration area " + configurationArea + " is not writable)");
        }
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"),
                "neurite-" + FOLDER_NAME + "-" + System.getProperty("user.name", "user"));
        String problem = prepare(temporary);
        if (problem != null) {
            throw new IllegalStateException("No folder for the JavaCPP native cache: the configuration area "
                    + configurationArea + " is not writable and " + temporary + " cannot be used (" + problem
                    + "). Start Neurite with -D" + Dl4jRuntime.CACHE_DIR_PROPERTY + "=<a writable folder>.");
        }
        return new NativeCacheLocation(temporary, "in the temporary folder (no OSGi configuration area)");
    }

    /** The local folder of a {@code file:} URL such as {@code file:/opt/neurite/configuration/}, or null. */
    static Path localFolder(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URL parsed = new URI(url.replace(" ", "%20")).toURL();
            return "file".equals(parsed.getProtocol()) ? Path.of(parsed.toURI()) : null;
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Creates the folder; returns null when it is usable, otherwise what is wrong. */
    private static String prepare(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            return "it cannot be created (" + e + ")";
        }
        if (!Files.isWritable(folder) || !Files.isExecutable(folder)) {
            return "it is not writable";
        }
        return null;
    }
}
