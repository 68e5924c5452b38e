package org.neurite.dl.layers;

import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.node.NodeDescriptor;

/** The inputs of a merge node: two branches required, two more optional. */
final class MergePorts {

    static NodeDescriptor.Builder add(NodeDescriptor.Builder builder) {
        return builder.input("network1", "Branch 1", NetworkSpec.TYPE, "The first branch.")
                .input("network2", "Branch 2", NetworkSpec.TYPE, "The second branch.")
                .optionalInput("network3", "Branch 3", NetworkSpec.TYPE, "An optional third branch.")
                .optionalInput("network4", "Branch 4", NetworkSpec.TYPE, "An optional fourth branch.")
                .output("network", "Network", NetworkSpec.TYPE, "The joined network.");
    }

    private MergePorts() {
    }
}
