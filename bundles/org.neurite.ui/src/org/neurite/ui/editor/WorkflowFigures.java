package org.neurite.ui.editor;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.Rectangle;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.execution.NodeStatus;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.PortDescriptor;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.workflow.Annotation;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.NeuriteUi;
import org.neurite.ui.figures.ConnectionFigure;
import org.neurite.ui.figures.Diagram;
import org.neurite.ui.figures.NodeFigure;
import org.neurite.ui.figures.NoteFigure;
import org.neurite.ui.figures.PortFigure;
import org.neurite.ui.figures.Status;

/**
 * Keeps the figures in step with the model: the workflow gives nodes, wires and notes; the executor gives
 * status lights, messages, parameter notes and the shapes written on wires.
 */
final class WorkflowFigures {

    private final Diagram diagram;
    private final Workflow workflow;
    private final WorkflowExecutor executor;

    WorkflowFigures(Diagram diagram, Workflow workflow, WorkflowExecutor executor) {
        this.diagram = diagram;
        this.workflow = workflow;
        this.executor = executor;
    }

    /** Rebuilds every figure from the model, keeping the given selection. */
    void rebuild(Set<String> selectedNodes, Set<Connection> selectedWires) {
        diagram.clear();
        for (Annotation a : workflow.annotations()) {
            diagram.notes().add(new NoteFigure(a.id(), a.text(),
                    new Rectangle(a.position().x(), a.position().y(), a.width(), a.height())));
        }
        for (WorkflowNode node : workflow.nodes()) {
            NodeFigure figure = new NodeFigure(node.id(), node.descriptor().name(), NeuriteUi.icon(node.factory()));
            figure.setLocation(node.position().x(), node.position().y());
            for (PortDescriptor p : node.descriptor().inputs()) {
                figure.addInput(p.id(), p.label(), tip(p, true), p.type().color());
            }
            for (PortDescriptor p : node.descriptor().outputs()) {
                figure.addOutput(p.id(), p.label(), tip(p, false), p.type().color());
            }
            figure.setSelected(selectedNodes.contains(node.id()));
            diagram.add(figure);
        }
        for (Connection c : workflow.connections()) {
            NodeFigure from = diagram.node(c.fromNode());
            NodeFigure to = diagram.node(c.toNode());
            if (from == null || to == null) {
                continue;
            }
            PortFigure out = from.output(c.fromPort());
            PortFigure in = to.input(c.toPort());
            if (out != null && in != null) {
                ConnectionFigure wire = new ConnectionFigure(out, in);
                wire.setSelected(selectedWires.contains(c));
                diagram.connections().add(wire);
            }
        }
        refreshStatus();
    }

    private static String tip(PortDescriptor p, boolean input) {
        return (input ? "Input '" : "Output '") + p.label() + "' (" + p.type().name()
                + (p.optional() ? ", optional" : "") + ")" + (p.description().isEmpty() ? "" : ": " + p.description());
    }

    /** Updates status lights, notes, messages and wire labels from the executor. */
    void refreshStatus() {
        for (NodeFigure figure : diagram.nodes().values()) {
            NodeStatus status = executor.status(figure.id());
            WorkflowNode node = workflow.node(figure.id()).orElse(null);
            if (node == null) {
                continue;
            }
            figure.setLabel(node.label().isEmpty() ? node.id() : node.label());
            figure.setStatus(statusOf(status.state()), status.progress());
            figure.setMessage(status.message());
            List<PortSpec> specs = status.specs();
            figure.setNote(specs.isEmpty() ? "" : specs.get(0).producerNote());
        }
        for (ConnectionFigure wire : diagram.connections()) {
            NodeStatus upstream = executor.status(wire.from().node().id());
            int index = wire.from().index();
            wire.setLabel(index < upstream.specs().size() ? upstream.specs().get(index).summary() : "");
        }
    }

    static Status statusOf(NodeState state) {
        return switch (state) {
            case UNCONFIGURED -> Status.UNCONFIGURED;
            case CONFIGURED -> Status.CONFIGURED;
            case EXECUTING -> Status.EXECUTING;
            case EXECUTED -> Status.EXECUTED;
            case FAILED -> Status.FAILED;
        };
    }
}
