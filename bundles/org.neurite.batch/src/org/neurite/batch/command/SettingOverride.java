package org.neurite.batch.command;

import java.util.stream.Collectors;

import org.neurite.engine.settings.SettingsException;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * One {@code --set NODE.KEY=VALUE}: a node's setting replaced for this run, checked against the node's settings
 * schema like a value typed into its dialog.
 */
record SettingOverride(String text, String nodeId, String key, String value) {

    static SettingOverride parse(String text) throws UsageException {
        int equals = text.indexOf('=');
        int dot = text.indexOf('.');
        if (equals < 0 || dot <= 0 || dot > equals - 2) {
            throw new UsageException("--set " + text + ": expected NODE.KEY=VALUE, e.g. --set train.epochs=3");
        }
        return new SettingOverride(text, text.substring(0, dot), text.substring(dot + 1, equals),
                text.substring(equals + 1));
    }

    /** Replaces the setting in {@code workflow}; {@code source} names the workflow in messages. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void applyTo(Workflow workflow, String source) throws UsageException {
        WorkflowNode node = workflow.node(nodeId).orElseThrow(() -> new UsageException("--set " + text
                + ": there is no node '" + nodeId + "' in " + source + "; its nodes are "
                + workflow.nodes().stream().map(WorkflowNode::id).collect(Collectors.joining(", "))));
        SettingsSchema schema = node.descriptor().settings();
        try {
            Record changed = schema.withText(node.settings(), key, value);
            workflow.setSettings(nodeId, changed);
        } catch (SettingsException | WorkflowEditException e) {
            throw new UsageException("--set " + text + ": " + node.describe() + ": " + e.getMessage());
        }
    }
}
