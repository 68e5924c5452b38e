package org.neurite.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Installing the workbench into an Eclipse without the platform UI is refused by p2 with its own clear message. */
class MissingDependencyTest {

    @Test
    void theWorkbenchFeatureIsRefusedWhereThePlatformUiIsMissingAndNothingChanges() throws Exception {
        Installation eclipse = Installation.copyOf("update-site/product-host", "host", "host-without-ui");
        List<String> before = eclipse.installedBundles();
        Installation.Result result = eclipse.install("org.neurite.engine.feature", "org.neurite.ui.feature");
        assertNotEquals(0, result.exitCode(), result.toString());
        assertTrue(result.output().contains("Cannot complete the install because one or more required items could "
                + "not be found"), result.output());
        assertTrue(result.output().matches("(?s).*Missing requirement: .*org\\.eclipse\\.(ui|swt|jface).*"),
                "names what is missing:\n" + result.output());
        assertEquals(before, eclipse.installedBundles(), "a refused install changes nothing");
    }
}
