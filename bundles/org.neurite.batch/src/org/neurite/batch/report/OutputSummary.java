package org.neurite.batch.report;

/**
 * One result a run shows at its end: an output of a node nothing else consumes, e.g. a scorer's accuracy.
 *
 * @param nodeId  the node's id
 * @param node    how messages name the node, e.g. {@code Scorer 'score'}
 * @param port    the output port's label
 * @param summary the output's one-line summary
 */
public record OutputSummary(String nodeId, String node, String port, String summary) {
}
