package org.neurite.batch.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neurite.batch.NodeTypes;
import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.file.WorkflowFileException;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.workflow.Workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The workflow a command works on, with its {@code --set} overrides: loads it once its node types are there. */
final class WorkflowOptions {

    @Parameters(index = "0", paramLabel = "FLOW.nflow", description = "The workflow file.")
    Path file;

    @Option(names = "--set", paramLabel = "NODE.KEY=VALUE", description = {
            "Replace a node's setting for this run, e.g. --set train.epochs=3. Repeatable.",
            "The value is checked like in the node's dialog: an unknown node or setting, or a value out of "
                    + "range, is an error that lists the valid ones." })
    List<String> overrides = new ArrayList<>();

    Path file() {
        return file.toAbsolutePath().normalize();
    }

    /** How messages name the workflow: the path as the user typed it. */
    String source() {
        return file.toString();
    }

    Workflow load(NodeTypes nodeTypes) throws UsageException, InterruptedException {
        List<SettingOverride> parsed = new ArrayList<>();
        for (String text : overrides) {
            parsed.add(SettingOverride.parse(text));
        }
        NodeRegistry registry = nodeTypes.await(typeIdsIn(file()));
        Workflow workflow;
        try {
            workflow = WorkflowFile.read(file(), registry);
        } catch (WorkflowFileException e) {
            throw new UsageException(e.getMessage());
        }
        for (SettingOverride override : parsed) {
            override.applyTo(workflow, source());
        }
        return workflow;
    }

    /**
     * The node types a workflow file names, so loading waits for exactly those. A file that cannot be parsed
     * names none; reading it properly then reports what is wrong.
     */
    private static Set<String> typeIdsIn(Path file) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            JsonNode nodes = new ObjectMapper().readTree(file.toFile()).path("nodes");
            for (JsonNode node : nodes) {
                if (node.path("type").isTextual()) {
                    ids.add(node.path("type").textValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        return ids;
    }
}
