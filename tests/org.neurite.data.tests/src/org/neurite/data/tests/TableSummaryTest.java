package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neurite.data.tests.Nodes.settings;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.csv.CsvReaderNode;
import org.neurite.data.summary.TableSummaryNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.settings.NoSettings;

class TableSummaryTest {

    final TableSummaryNode summary = new TableSummaryNode();

    @Test
    void statisticsPerColumnAndAReadableLine() throws Exception {
        DataTable t = DataTable.of(DoubleColumn.of("x", new double[] { 1, 2, 3, Double.NaN }),
                CategoryColumn.of("c", List.of("a", "b"), new int[] { 1, 1, 0, -1 }),
                TensorColumn.of("img", new int[] { 2 }, new float[] { 0, 1, 0, 1, 0, 1, 0, 1 }));
        DataTable stats = Nodes.table(summary, null, new NoSettings(), t);
        assertEquals(3, stats.rowCount());
        assertEquals(3, stats.column("count", IntColumn.class).get(0));
        assertEquals(1, stats.column("missing", IntColumn.class).get(0));
        assertEquals(2.0, stats.column("mean", DoubleColumn.class).get(0));
        assertEquals(Math.sqrt(2.0 / 3), stats.column("std", DoubleColumn.class).get(0), 1e-12);
        assertEquals("b", stats.column("most_frequent", CategoryColumn.class).category(1));
        assertEquals(0.5, stats.column("mean", DoubleColumn.class).get(2), "tensor: all elements");
        assertEquals("4 rows x 3 columns; x double mean 2.000, std 0.8165, range 1.000..3.000, 1 missing; "
                + "c 2 categories, most frequent b (2), 1 missing; img tensor 2 mean 0.5000, std 0.5000, range "
                + "0.000..1.000", stats.summary());
    }

    @Test
    void summarisesTheShippedIrisData() throws Exception {
        CsvReaderNode reader = new CsvReaderNode();
        Path data = Path.of(System.getProperty("neurite.examples")).resolve("data");
        DataTable iris = Nodes.table(reader, data, settings(reader, "file=iris.csv"));
        String line = Nodes.table(summary, null, new NoSettings(), iris).summary();
        assertEquals(true, line.startsWith("150 rows x 5 columns; sepal_length double mean 5.843"), line);
        assertEquals(true, line.endsWith("species 3 categories, most frequent setosa (50)"), line);
    }
}
