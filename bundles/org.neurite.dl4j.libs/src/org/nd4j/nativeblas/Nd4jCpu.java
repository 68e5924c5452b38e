package org.nd4j.nativeblas;

/**
 * Revives DL4J's oneDNN layer helpers on nd4j-native 1.0.0-M2.1.
 * <p>
 * {@code org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper.mklDnnEnabled()} (deeplearning4j-nn M2.1) asks, by
 * reflection through {@code DL4JClassLoading}, for {@code org.nd4j.nativeblas.Nd4jCpu$Environment.getInstance()}
 * and its {@code isUseMKLDNN()}. In nd4j-native M2.1 that class moved to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and the method became {@code isUseONEDNN()},
 * so the lookup always fails and every convolution, pooling and batch-normalisation layer silently falls back to
 * the slow im2col path. This class answers under the old names with the new ones. It must keep exactly these
 * names; it carries no other behaviour.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The old name of the native environment, as DL4J's oneDNN helpers look it up. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** True when the loaded native build has oneDNN and ND4J has it switched on. */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
