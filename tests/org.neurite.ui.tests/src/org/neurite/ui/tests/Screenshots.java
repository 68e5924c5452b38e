package org.neurite.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Screenshots of the whole X screen, kept as build output (target/screenshots/NAME.png) for people to look at. */
final class Screenshots {

    private Screenshots() {
    }

    static Path take(String name) {
        Ui.settle();
        try {
            Thread.sleep(300); // GTK draws on its frame clock: give the last changes time to reach the X server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Ui.settle();
        Path folder = Path.of(System.getProperty("neurite.screenshots", "target/screenshots"));
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            Process p = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("import (ImageMagick) could not take a screenshot: "
                        + new String(p.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot take a screenshot (install imagemagick): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return file;
    }
}
