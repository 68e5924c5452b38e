package org.neurite.batch.testnodes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/**
 * Writes files slowly, line by line, like a trainer that saves a checkpoint per epoch: each file goes to a
 * temporary file that is renamed into place when whole, and a cancel removes the temporary file. A complete
 * file ends with the line {@code END}. Reports progress, per-line ("iteration") and per-file ("epoch") metrics.
 */
@Component(service = NodeFactory.class)
public final class SlowWriterNode implements NodeFactory<SlowWriterNode.Settings> {

    public static final String ID = "batch-test.slow-writer";

    public record Settings(
            @Setting(label = "File", description = "Name of the files: part.txt gives part-1.txt, part-2.txt, ...", defaultValue = "part.txt") String file,
            @Setting(label = "Files", description = "How many files.", defaultValue = "3", min = 1, max = 100000) int files,
            @Setting(label = "Lines", description = "Lines per file.", defaultValue = "10", min = 1, max = 10000) int lines,
            @Setting(label = "Delay", description = "Milliseconds per line.", defaultValue = "10", min = 0, max = 10000) int millisPerLine) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Slow Writer").category("Batch Test/Writers")
                .description("Writes numbered files slowly and atomically.")
                .optionalInput("in", "In", Numbers.NUMBER, "Anything; waits for it.")
                .output("count", "Files", Numbers.NUMBER, "How many files it wrote.").settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                return List.of(Numbers.Spec.of(true));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context)
                    throws Exception {
                Path first = context.resolveOutput(s.file());
                Path dir = first.getParent();
                Files.createDirectories(dir);
                String name = first.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String stem = dot < 0 ? name : name.substring(0, dot);
                String extension = dot < 0 ? "" : name.substring(dot);
                long step = 0;
                for (int file = 1; file <= s.files(); file++) {
                    Path target = dir.resolve(stem + "-" + file + extension);
                    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
                    try {
                        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                            for (int line = 1; line <= s.lines(); line++) {
                                context.checkCanceled();
                                out.write("line " + line + " of " + target.getFileName() + "\n");
                                out.flush();
                                Thread.sleep(s.millisPerLine());
                                step++;
                                context.reportMetrics("iteration", step, Map.of("loss", 1.0 / step));
                                context.progress(((file - 1) * s.lines() + line) / (double) (s.files() * s.lines()),
                                        "file " + file + "/" + s.files() + ", line " + line + "/" + s.lines());
                            }
                            out.write("END\n");
                        }
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        deleteQuietly(temp);
                    }
                    context.reportMetrics("epoch", file, Map.of("lines", (double) s.lines()));
                }
                return List.of(new Numbers.Value(s.files(), "wrote " + s.files() + " files to " + dir));
            }
        };
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the temporary file stays; nothing else to do
        }
    }
}
