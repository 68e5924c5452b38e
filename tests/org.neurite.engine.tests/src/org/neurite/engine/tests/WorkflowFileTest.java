package org.neurite.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.engine.tests.TestWorkflows.REGISTRY;
import static org.neurite.engine.tests.TestWorkflows.add;
import static org.neurite.engine.tests.TestWorkflows.addSettings;
import static org.neurite.engine.tests.TestWorkflows.constant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.file.AtomicFile;
import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.file.WorkflowFileException;
import org.neurite.engine.tests.nodes.AddNode;
import org.neurite.engine.tests.nodes.ConstantNode;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;

class WorkflowFileTest {

    private static String fixture() throws IOException {
        try (InputStream in = WorkflowFileTest.class.getResourceAsStream("/resources/sum.nflow")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void loadingAndSavingGivesTheSameBytes() throws Exception {
        String original = fixture();
        Workflow wf = WorkflowFile.parse(original, "sum.nflow", REGISTRY);
        assertEquals(original, WorkflowFile.format(wf));
    }

    @Test
    void aWorkflowRoundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, new ConstantNode.Settings(2.5, 3, ConstantNode.Kind.NEGATED, List.of("x"), "é \"q\""));
        add(wf, "sum", AddNode.ID, addSettings());
        wf.connect("c", "value", "sum", "b");
        wf.setLabel("sum", "Total");
        wf.addAnnotation("Adds things", new Position(5, 6), 200, 40);
        Path file = dir.resolve("w.nflow");
        WorkflowFile.write(wf, file);
        Workflow back = WorkflowFile.read(file, REGISTRY);
        assertEquals(wf.nodes(), back.nodes());
        assertEquals(wf.connections(), back.connections());
        assertEquals(wf.annotations(), back.annotations());
        assertEquals(Files.readString(file), WorkflowFile.format(back));
    }

    @Test
    void savingReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.nflow");
        Files.writeString(file, "old");
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, constant(1));
        WorkflowFile.write(wf, file);
        assertEquals(WorkflowFile.format(wf), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aSavedFileHasTheUsualPermissionsAndAReplacedFileKeepsItsOwn(@TempDir Path dir) throws Exception {
        Path usual = Files.createFile(dir.resolve("usual"));
        Path fresh = dir.resolve("fresh.bin");
        AtomicFile.write(fresh, new byte[] { 1, 2, 3 });
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(fresh),
                "a new file gets what the umask gives any new file, not owner-only");

        Path shared = dir.resolve("shared.nflow");
        Files.writeString(shared, "old");
        Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(shared, groupWritable);
        AtomicFile.write(shared, new byte[] { 4 });
        assertEquals(groupWritable, Files.getPosixFilePermissions(shared));
    }

    @Test
    void aFailedSaveLeavesTheOldFileWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("w.nflow");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep"), "data"); // a non-empty directory cannot be replaced
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, constant(1));
        assertThrows(IOException.class, () -> WorkflowFile.write(wf, target));
        assertEquals("data", Files.readString(target.resolve("keep")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
        }
    }

    private static String badFileMessage(String json) {
        return assertThrows(WorkflowFileException.class, () -> WorkflowFile.parse(json, "bad.nflow", REGISTRY))
                .getMessage();
    }

    private static String withNodes(String nodes, String connections) {
        return "{\"format\": \"neurite-workflow\", \"formatVersion\": 1, \"nodes\": [" + nodes + "], \"connections\": ["
                + connections + "]}";
    }

    private static final String CONSTANT = "{\"id\": \"c\", \"type\": \"test.constant\", \"settings\": {}}";
    private static final String ADD = "{\"id\": \"s\", \"type\": \"test.add\"}";

    @Test
    void malformedJsonNamesLineAndColumn() {
        String message = badFileMessage("{\n  \"format\": \"neurite-workflow\",\n  \"nodes\": [ oops ]\n}");
        assertTrue(message.startsWith("bad.nflow:3:"), message);
        assertTrue(message.contains("malformed JSON"), message);
    }

    @Test
    void eachBadFileCaseHasItsOwnMessage() {
        assertEquals("bad.nflow: format: not a Neurite workflow (expected \"format\": \"neurite-workflow\")",
                badFileMessage("{\"format\": \"other\", \"formatVersion\": 1}"));
        assertEquals("bad.nflow: formatVersion: this file has format version 7, written by a newer Neurite; this "
                + "version reads format 1 and older. Update Neurite to open it",
                badFileMessage("{\"format\": \"neurite-workflow\", \"formatVersion\": 7}"));
        assertEquals("bad.nflow: nodes[0] ('x').type: unknown node type 'acme.magic': no installed bundle provides it",
                badFileMessage(withNodes("{\"id\": \"x\", \"type\": \"acme.magic\"}", "")));
        assertEquals("bad.nflow: nodes[0].colour: unknown field 'colour'; expected one of id, label, position, settings, type",
                badFileMessage(withNodes("{\"id\": \"c\", \"type\": \"test.constant\", \"colour\": 1}", "")));
        assertEquals("bad.nflow: nodes[0] ('c').settings.repeat: setting 'repeat' (Repeat) expects a whole number "
                + "between 1 and 10, got 2.5",
                badFileMessage(withNodes("{\"id\": \"c\", \"type\": \"test.constant\", \"settings\": {\"repeat\": 2.5}}", "")));
        assertEquals("bad.nflow: nodes[1] ('c'): A node with id 'c' already exists",
                badFileMessage(withNodes(CONSTANT + "," + CONSTANT, "")));
        assertEquals("bad.nflow: connections[0]: Add 's' has no input port 'z'; its inputs: a, b",
                badFileMessage(withNodes(CONSTANT + "," + ADD, "{\"from\": \"c.value\", \"to\": \"s.z\"}")));
        assertEquals("bad.nflow: connections[0].to: expected \"node.port\", got \"s\"",
                badFileMessage(withNodes(CONSTANT + "," + ADD, "{\"from\": \"c.value\", \"to\": \"s\"}")));
        assertEquals("bad.nflow: connections[1]: input s.a is connected more than once",
                badFileMessage(withNodes(CONSTANT + "," + ADD,
                        "{\"from\": \"c.value\", \"to\": \"s.a\"}, {\"from\": \"c.value\", \"to\": \"s.a\"}")));
        assertTrue(badFileMessage(withNodes(ADD + ", {\"id\": \"t\", \"type\": \"test.add\"}",
                "{\"from\": \"s.sum\", \"to\": \"t.a\"}, {\"from\": \"t.sum\", \"to\": \"s.a\"}"))
                .contains("would create a cycle"));
        assertEquals("bad.nflow: not a Neurite workflow (expected a JSON object)", badFileMessage("[1, 2]"));
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("nope.nflow");
        WorkflowFileException e = assertThrows(WorkflowFileException.class, () -> WorkflowFile.read(missing, REGISTRY));
        assertEquals(missing + ": no such workflow file", e.getMessage());
    }
}
