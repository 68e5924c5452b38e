package org.neurite.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A user with a bare Eclipse runtime (Equinox, DS, core.runtime, the p2 director; no Neurite) installs the engine,
 * deep-learning and headless-runner features from the update-site zip with the p2 director, runs the MNIST example
 * headless, then uninstalls the deep-learning feature and finally everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeadlessInstallTest {

    private static final String ENGINE = "org.neurite.engine.feature";
    private static final String DL = "org.neurite.dl4j.feature";
    private static final String BATCH = "org.neurite.batch.feature";
    private static Installation eclipse;

    @BeforeAll
    static void bareEclipse() throws Exception {
        eclipse = Installation.copyOf("update-site/product-host", "host", "headless-host");
        assertTrue(eclipse.installedBundles().stream().noneMatch(b -> b.startsWith("org.neurite")),
                "the host starts without Neurite");
    }

    private static Installation.Result neurite(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("-application", "org.neurite.batch.app"));
        all.addAll(List.of(args));
        return eclipse.launch(all, List.of("-Xmx4g"), 900);
    }

    @Test
    @Order(1)
    void theDirectorInstallsTheFeaturesFromTheUpdateSiteZip() throws Exception {
        Installation.Result result = eclipse.install(ENGINE, DL, BATCH);
        assertEquals(0, result.exitCode(), result.toString());
        List<String> bundles = eclipse.installedBundles();
        for (String b : List.of("org.neurite.engine", "org.neurite.data", "org.neurite.dl", "org.neurite.dl4j.libs",
                "org.neurite.batch", "com.fasterxml.jackson.core.jackson-databind")) {
            assertTrue(bundles.contains(b), b + " installed: " + bundles);
        }
        assertTrue(Files.isExecutable(eclipse.home().resolve("neurite")), "the neurite script is a root file");
    }

    @Test
    @Order(2)
    void theInstalledNodeTypesAreListed() throws Exception {
        Installation.Result nodes = neurite("nodes");
        assertEquals(0, nodes.exitCode(), nodes.toString());
        for (String id : List.of("org.neurite.data.partitioning", "org.neurite.data.scorer", "org.neurite.dl.conv2d",
                "org.neurite.dl.lstm", "org.neurite.dl.output")) {
            assertTrue(nodes.output().contains(id), id + " listed:\n" + nodes.output());
        }
    }

    @Test
    @Order(3)
    void theMnistExampleRunsHeadlessToTheExpectedAccuracy() throws Exception {
        Path out = Installation.work().resolve("mnist-out");
        Installation.deleteTree(out);
        Path flow = Installation.root().resolve("examples/mnist-lenet.nflow");
        Installation.Result run = neurite("run", flow.toString(), "--set", "train.epochs=1", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        Matcher accuracy = Pattern.compile("accuracy[^0-9]*([01]\\.[0-9]+)").matcher(run.output());
        assertTrue(accuracy.find(), "prints the test accuracy:\n" + run.output());
        double value = Double.parseDouble(accuracy.group(1));
        // one epoch of LeNet on 8,000 MNIST digits: DL4J and PyTorch both reach 0.92-0.94 on the 2,000 test digits
        assertTrue(value >= 0.90, "test accuracy after one epoch " + value + "\n" + run.output());
        try (var written = Files.list(out)) {
            assertFalse(written.toList().isEmpty(), "the model and scores were written under --out");
        }
    }

    @Test
    @Order(4)
    void uninstallingTheDeepLearningFeatureRemovesItsNodeTypes() throws Exception {
        Installation.Result result = eclipse.uninstall(DL);
        assertEquals(0, result.exitCode(), result.toString());
        assertFalse(eclipse.installedBundles().contains("org.neurite.dl"));
        Installation.Result nodes = neurite("nodes");
        assertEquals(0, nodes.exitCode(), nodes.toString());
        assertFalse(nodes.output().contains("org.neurite.dl."), "deep-learning nodes are gone:\n" + nodes.output());
        assertTrue(nodes.output().contains("org.neurite.data.scorer"), "data nodes remain:\n" + nodes.output());
    }

    @Test
    @Order(5)
    void uninstallingEverythingLeavesTheBareRuntime() throws Exception {
        Installation.Result result = eclipse.uninstall(ENGINE, BATCH);
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(eclipse.installedBundles().stream().noneMatch(b -> b.startsWith("org.neurite")),
                eclipse.installedBundles().toString());
        assertNotEquals(0, neurite("nodes").exitCode(), "the runner is gone too");
    }
}
