package org.neurite.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The built workbench product opens the MNIST example, executes every node (training LeNet for its 6 epochs) and
 * photographs the window when the run has ended: status lights, shapes on wires, the training charts. The picture
 * is kept as a build artifact, {@code update-site/product-workbench/target/screenshots/mnist-lenet-after-run.png},
 * through {@code update-site/product-workbench/screenshot-after-run.sh}, the script a user runs for it.
 */
class WorkbenchProductRunTest {

    @Test
    void theWorkbenchRunsTheMnistExampleAndShowsIt() throws Exception {
        Path root = Installation.root();
        Path png = root.resolve("update-site/product-workbench/target/screenshots/mnist-lenet-after-run.png");
        Files.deleteIfExists(png);
        Path log = Installation.work().resolve("workbench-run.log");
        Files.createDirectories(log.getParent());

        // a copy of the example with its data: its writers put the model and scores beside the workflow file
        Path examples = Installation.work().resolve("workbench-run-examples");
        Installation.deleteTree(examples);
        Files.createDirectories(examples.resolve("data"));
        Files.copy(root.resolve("examples/mnist-lenet.nflow"), examples.resolve("mnist-lenet.nflow"));
        for (String data : new String[] { "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "test-images-idx3-ubyte.gz", "test-labels-idx1-ubyte.gz" }) {
            Files.copy(root.resolve("examples/data/mnist-" + data), examples.resolve("data/mnist-" + data));
        }

        // the script a user runs for this picture (its own virtual display, a fresh workspace)
        ProcessBuilder builder = new ProcessBuilder(
                root.resolve("update-site/product-workbench/screenshot-after-run.sh").toString(),
                examples.resolve("mnist-lenet.nflow").toString(), png.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        boolean ended = process.waitFor(600, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertTrue(ended, "the workbench ran the example and closed within 10 minutes:\n" + output);
        assertEquals(0, process.exitValue(), output);

        Matcher run = Pattern.compile("run finished: (\\d+) executed, (\\d+) failed, (\\d+) skipped").matcher(output);
        assertTrue(run.find(), "the run's result is reported:\n" + output);
        assertEquals(18, Integer.parseInt(run.group(1)), "every node of the example executed:\n" + output);
        assertEquals("0", run.group(2), output);
        assertEquals("0", run.group(3), output);

        assertTrue(Files.isRegularFile(png), "the screenshot was written:\n" + output);
        BufferedImage picture = ImageIO.read(png.toFile());
        assertTrue(picture.getWidth() >= 1000 && picture.getHeight() >= 700,
                "a picture of the whole window: " + picture.getWidth() + "x" + picture.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 3) {
            for (int x = 0; x < picture.getWidth(); x += 3) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertTrue(Files.size(examples.resolve("lenet.zip")) > 1_000_000, "the trained model was written beside it");
        assertTrue(colours.size() > 200, "the picture shows the workbench, not an empty window: " + colours.size()
                + " colours");
    }
}
