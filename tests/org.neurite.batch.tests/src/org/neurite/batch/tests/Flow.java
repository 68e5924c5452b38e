package org.neurite.batch.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neurite.batch.testnodes.FailNode;
import org.neurite.batch.testnodes.NumberSourceNode;
import org.neurite.batch.testnodes.ScaleNode;
import org.neurite.batch.testnodes.ScheduleNode;
import org.neurite.batch.testnodes.SlowWriterNode;

/** Writes small workflow files of the batch test nodes, as a user's {@code .nflow} files. */
final class Flow {

    private final String name;
    private final List<String> nodes = new ArrayList<>();
    private final List<String> connections = new ArrayList<>();

    private Flow(String name) {
        this.name = name;
    }

    static Flow named(String name) {
        return new Flow(name);
    }

    /** A node with the given settings (JSON object; absent settings take their defaults). */
    Flow node(String id, String type, String settings) {
        nodes.add("{ \"id\": \"" + id + "\", \"type\": \"" + type + "\", \"settings\": " + settings + " }");
        return this;
    }

    Flow connect(String from, String to) {
        connections.add("{ \"from\": \"" + from + "\", \"to\": \"" + to + "\" }");
        return this;
    }

    Path writeTo(Path dir) throws IOException {
        Path file = dir.resolve(name + ".nflow");
        Files.writeString(file, "{ \"format\": \"neurite-workflow\", \"formatVersion\": 1,\n  \"nodes\": [\n    "
                + String.join(",\n    ", nodes) + " ],\n  \"connections\": [ " + String.join(", ", connections)
                + " ] }\n", StandardCharsets.UTF_8);
        return file;
    }

    /** source (3) -> scale (x2): prints "scaled to 6.0". */
    static Flow scale() {
        return named("scale").node("source", NumberSourceNode.ID, "{ \"value\": 3 }")
                .node("scale", ScaleNode.ID, "{ \"factor\": 2 }").connect("source.value", "scale.in");
    }

    /** source -> boom (fails) -> after. */
    static Flow failing() {
        return named("failing").node("source", NumberSourceNode.ID, "{}")
                .node("boom", FailNode.ID, "{ \"reason\": \"the disk is on fire\" }")
                .node("after", ScaleNode.ID, "{}").connect("source.value", "boom.in").connect("boom.out", "after.in");
    }

    /** source (0.5) -> strict (integers only: cannot be configured) -> after. */
    static Flow misfit() {
        return named("misfit").node("source", NumberSourceNode.ID, "{ \"value\": 0.5 }")
                .node("strict", ScaleNode.ID, "{ \"integersOnly\": true }").node("after", ScaleNode.ID, "{}")
                .node("rate", ScheduleNode.ID, "{}")
                .connect("source.value", "strict.in").connect("strict.out", "after.in");
    }

    static Flow writer(int files, int lines, int millisPerLine) {
        return named("writer").node("writer", SlowWriterNode.ID, "{ \"file\": \"part.txt\", \"files\": " + files
                + ", \"lines\": " + lines + ", \"millisPerLine\": " + millisPerLine + " }");
    }
}
