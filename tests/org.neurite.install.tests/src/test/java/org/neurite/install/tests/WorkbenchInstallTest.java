package org.neurite.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A user with an Eclipse that has the platform UI installs the Neurite workbench from the update-site zip and
 * starts it (under the virtual display the test command provides) to an editable workflow canvas.
 */
class WorkbenchInstallTest {

    @Test
    void theWorkbenchInstallsIntoAnEclipseWithThePlatformUiAndStarts() throws Exception {
        assertTrue(System.getenv("DISPLAY") != null, "needs a display: run under xvfb-run (tests/run-all.sh does)");
        Installation eclipse = Installation.copyOf("update-site/product-host-ui", "host-ui", "ui-host");
        Installation.Result install = eclipse.install("org.neurite.engine.feature", "org.neurite.ui.feature");
        assertEquals(0, install.exitCode(), install.toString());
        assertTrue(eclipse.installedBundles().contains("org.neurite.ui"));

        Path report = Installation.work().resolve("workbench-started.txt");
        Files.deleteIfExists(report);
        Installation.Result started = eclipse.launch(
                List.of("-application", "org.neurite.ui.workbench", "-data",
                        Installation.work().resolve("ui-workspace").toString()),
                List.of("-Dneurite.startup.report=" + report), 300);
        assertTrue(Files.exists(report), "the workbench showed an editable canvas and closed:\n" + started);
        assertTrue(Files.readString(report).contains("editable canvas"), Files.readString(report));
        assertEquals(0, started.exitCode(), started.toString());
    }
}
