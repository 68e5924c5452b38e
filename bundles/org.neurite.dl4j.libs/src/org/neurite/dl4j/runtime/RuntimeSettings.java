package org.neurite.dl4j.runtime;

import java.nio.file.Path;

/**
 * What {@link Dl4jRuntime#initialize()} chose, for logs, diagnostics and tests.
 *
 * @param nativeVariant the native build JavaCPP loads, e.g. {@code linux-x86_64-onednn-avx2}
 * @param nativeVariantReason why that build, in words
 * @param oneDnnLayerHelpers whether DL4J may run convolution, pooling and batch normalisation through oneDNN
 * @param nativeCache where the native libraries are extracted, and why there
 */
public record RuntimeSettings(String nativeVariant, String nativeVariantReason, boolean oneDnnLayerHelpers,
        NativeCacheLocation nativeCache) {

    @Override
    public String toString() {
        return "native build " + nativeVariant + " (" + nativeVariantReason + "), oneDNN layer helpers "
                + (oneDnnLayerHelpers ? "on" : "off") + ", native cache " + nativeCache.directory() + " ("
                + nativeCache.reason() + ")";
    }
}
