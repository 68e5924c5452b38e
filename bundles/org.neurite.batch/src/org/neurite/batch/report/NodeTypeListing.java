package org.neurite.batch.report;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.PortDescriptor;
import org.neurite.engine.settings.SettingField;

/**
 * {@code neurite nodes}: every installed node type by category, with what it does, its ports and each setting's
 * default and allowed values, i.e. everything needed to write {@code --set} overrides.
 */
public final class NodeTypeListing {

    private NodeTypeListing() {
    }

    public static void print(PrintStream out, List<NodeFactory<?>> factories) {
        if (factories.isEmpty()) {
            out.println("No node types are installed.");
            return;
        }
        out.println(factories.size() + " node type" + (factories.size() == 1 ? "" : "s") + " installed.");
        String category = null;
        for (NodeFactory<?> factory : factories) {
            NodeDescriptor<?> type = factory.descriptor();
            if (!type.category().equals(category)) {
                category = type.category();
                out.println();
                out.println(category.isEmpty() ? "(no category)" : category);
            }
            out.println("  " + type.name() + "  [" + type.id() + "]");
            String summary = Texts.firstLine(type.description());
            if (!summary.isEmpty()) {
                out.println("    " + summary);
            }
            if (!type.inputs().isEmpty()) {
                out.println("    inputs:  " + ports(type.inputs()));
            }
            if (!type.outputs().isEmpty()) {
                out.println("    outputs: " + ports(type.outputs()));
            }
            List<SettingField> settings = type.settings().fields();
            if (!settings.isEmpty()) {
                out.println("    settings:");
            }
            for (SettingField field : settings) {
                out.println("      " + field.name() + " = " + shown(field.format(field.defaultValue())) + "  ("
                        + field.expected() + (field.optional() ? ", may be empty" : "") + ")");
                out.println("          " + field.label() + ": " + Texts.firstLine(field.description()));
            }
        }
    }

    private static String ports(List<PortDescriptor> ports) {
        return ports.stream().map(p -> p.id() + " (" + p.label() + ", " + p.type().name()
                + (p.optional() ? ", optional" : "") + ")").collect(Collectors.joining("; "));
    }

    private static String shown(String value) {
        return value.isEmpty() || !value.strip().equals(value) ? "\"" + value + "\"" : value;
    }
}
