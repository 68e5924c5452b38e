package org.neurite.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurite.batch.BatchEnvironment;
import org.neurite.batch.ExitCode;
import org.neurite.batch.Neurite;
import org.neurite.batch.OsgiNodeTypes;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs each shipped example workflow exactly as a user would ({@code neurite run examples/X.nflow --out DIR}),
 * inside OSGi with the real node bundles, and checks the test accuracy it reports and the files it writes.
 */
class ExamplesTest {

    private static final Pattern ACCURACY = Pattern.compile("accuracy: ([0-9.]+)");

    /**
     * Bounds: MNIST as the trainer issue and the README's main job require; Iris well above chance (1/3) with 45
     * test flowers (0.9 allows 4 mistakes); sequences well above chance (1/4) and above what a logistic regression
     * on per-feature statistics reaches (0.66, see examples/data/README.md).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "mnist-lenet,    0.96, lenet.zip,         scores.csv",
            "iris-mlp,       0.90, iris-mlp.zip,      iris-scores.csv",
            "sequence-lstm,  0.85, sequence-lstm.zip, sequence-scores.csv" })
    void anExampleRunsHeadlessAndReachesItsAccuracy(String example, double bound, String model, String scores,
            @TempDir Path out) throws Exception {
        Path flow = Path.of(System.getProperty("neurite.examples"), example + ".nflow");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        var context = FrameworkUtil.getBundle(ExamplesTest.class).getBundleContext();
        BatchEnvironment environment = new BatchEnvironment(new OsgiNodeTypes(context, Duration.ofSeconds(60)),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), false);

        int exitCode = Neurite.execute(environment, "run", flow.toString(), "--out", out.toString(), "--json");

        String report = stderr.toString(StandardCharsets.UTF_8);
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            events.add(json.readTree(line));
        }
        JsonNode finished = events.get(events.size() - 1);
        assertEquals(ExitCode.SUCCESS, exitCode, () -> finished + "\n" + report);
        Double accuracy = null;
        for (JsonNode output : finished.path("outputs")) {
            Matcher m = ACCURACY.matcher(output.path("summary").asText());
            if (m.find()) {
                accuracy = Double.parseDouble(m.group(1));
            }
        }
        System.out.println(String.format(Locale.ROOT, "[example] %s: test accuracy %s in %.1f s", example, accuracy,
                finished.path("seconds").asDouble()));
        assertTrue(accuracy != null, () -> "no accuracy among the results: " + finished.path("outputs"));
        assertTrue(accuracy >= bound, example + ": test accuracy " + accuracy + " below " + bound);
        assertTrue(Files.size(out.resolve(model)) > 0, model + " written under --out");
        assertTrue(Files.readString(out.resolve(scores)).contains("accuracy"), scores + " written under --out");
    }
}
