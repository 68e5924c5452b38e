package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The data nodes as installed: found through the node registry (DS) and run in a real workflow. */
class WorkflowTest {

    static final List<String> DATA_NODES = List.of("org.neurite.data.csvReader", "org.neurite.data.idxReader",
            "org.neurite.data.imageFolderReader", "org.neurite.data.tableReader", "org.neurite.data.columnsToTensor",
            "org.neurite.data.tensorToColumns", "org.neurite.data.partitioning", "org.neurite.data.normalizer",
            "org.neurite.data.applyNormalizer", "org.neurite.data.categoryToNumber", "org.neurite.data.oneHot",
            "org.neurite.data.rowsToSequence", "org.neurite.data.standardizeSequences", "org.neurite.data.sequenceWindows",
            "org.neurite.data.tableWriter",
            "org.neurite.data.tableSummary", "org.neurite.data.scorer");

    @TempDir
    Path dir;

    static NodeRegistry registry() throws InterruptedException {
        var context = FrameworkUtil.getBundle(WorkflowTest.class).getBundleContext();
        ServiceTracker<NodeRegistry, NodeRegistry> tracker = new ServiceTracker<>(context, NodeRegistry.class, null);
        tracker.open();
        NodeRegistry registry = tracker.waitForService(10_000);
        for (int i = 0; i < 100 && registry != null && registry.find(DATA_NODES.get(DATA_NODES.size() - 1)).isEmpty(); i++) {
            Thread.sleep(100);
        }
        return registry;
    }

    @Test
    void everyDataNodeIsRegisteredWithAnIconAndADescription() throws Exception {
        NodeRegistry registry = registry();
        for (String id : DATA_NODES) {
            NodeFactory<?> f = registry.find(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
            assertTrue(f.descriptor().category().startsWith("Data/"), id);
            assertTrue(f.iconUrl() != null, id + " has its icon in the bundle");
            assertTrue(f.descriptor().description().length() > 150, id + " teaches what it does");
            f.descriptor().settings().fields().forEach(field -> assertTrue(field.description().length() > 10,
                    id + "." + field.name() + " is described"));
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static WorkflowNode add(Workflow wf, NodeRegistry registry, String id, String type, String... assignments)
            throws Exception {
        NodeFactory factory = registry.find(type).orElseThrow();
        SettingsSchema schema = factory.descriptor().settings();
        Record s = schema.withTexts(schema.defaults(), assignments);
        WorkflowNode node = new WorkflowNode(id, factory, s, "", Position.ORIGIN);
        wf.addNode(node);
        return node;
    }

    @Test
    void irisIsSplitNormalizedWithTrainingStatisticsAndWritten() throws Exception {
        NodeRegistry registry = registry();
        Path iris = Path.of(System.getProperty("neurite.examples")).resolve("data/iris.csv").toAbsolutePath();
        Workflow wf = new Workflow();
        add(wf, registry, "read", "org.neurite.data.csvReader", "file=" + iris);
        add(wf, registry, "split", "org.neurite.data.partitioning", "trainFraction=0.8", "stratifyColumn=species");
        add(wf, registry, "fit", "org.neurite.data.normalizer", "method=Z_SCORE");
        add(wf, registry, "apply", "org.neurite.data.applyNormalizer");
        add(wf, registry, "summary", "org.neurite.data.tableSummary");
        add(wf, registry, "write", "org.neurite.data.tableWriter", "file=results/test-normalized.csv");
        wf.connect("read", "table", "split", "table");
        wf.connect("split", "train", "fit", "table");
        wf.connect("fit", "model", "apply", "model");
        wf.connect("split", "test", "apply", "table");
        wf.connect("apply", "table", "summary", "table");
        wf.connect("apply", "table", "write", "table");
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, dir)) {
            assertEquals(NodeState.CONFIGURED, ex.status("write").state(), ex.problems().toString());
            TableSpec before = (TableSpec) ex.status("apply").specs().get(0);
            assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species"),
                    before.columnNames(), "specs flow through at configure time");
            RunResult result = ex.executeAll().get(60, TimeUnit.SECONDS);
            assertTrue(result.success(), result.toString());
            DataTable train = (DataTable) ex.output("fit", "table").orElseThrow();
            DataTable test = (DataTable) ex.output("apply", "table").orElseThrow();
            assertEquals(120, train.rowCount());
            assertEquals(30, test.rowCount());
            assertEquals(0.0, mean(train.column("petal_length", DoubleColumn.class)), 1e-9, "train is centred");
            assertTrue(Math.abs(mean(test.column("petal_length", DoubleColumn.class))) > 1e-6,
                    "test is scaled with the training mean, not its own");
            List<String> lines = Files.readAllLines(dir.resolve("results/test-normalized.csv"));
            assertEquals(31, lines.size());
            assertTrue(ex.output("summary", "summary").orElseThrow().summary().startsWith("30 rows x 5 columns"));
        }
    }

    static double mean(DoubleColumn c) {
        double sum = 0;
        for (int r = 0; r < c.rowCount(); r++) {
            sum += c.get(r);
        }
        return sum / c.rowCount();
    }
}
