package org.neurite.dl4j.runtime;

/**
 * The builds of ND4J's native library (libnd4jcpu) that Neurite ships, and which bundle carries each.
 * The fast one needs AVX2; the fallback runs on any x86-64 CPU. Both contain oneDNN, so DL4J's oneDNN layer
 * helpers work with either.
 */
public enum NativeVariant {

    /** oneDNN, compiled for AVX2: the default. Carried by {@code org.neurite.dl4j.libs}. */
    ONEDNN_AVX2("-onednn-avx2", "org.neurite.dl4j.libs", "org.neurite.dl4j.feature"),

    /** oneDNN, compiled for generic x86-64: the fallback for CPUs without AVX2. Carried by an optional fragment. */
    ONEDNN("-onednn", "org.neurite.dl4j.libs.noavx2", "org.neurite.dl4j.noavx2.feature");

    /** The only platform Neurite ships native libraries for. */
    public static final String PLATFORM = "linux-x86_64";

    private final String platformExtension;
    private final String bundle;
    private final String feature;

    NativeVariant(String platformExtension, String bundle, String feature) {
        this.platformExtension = platformExtension;
        this.bundle = bundle;
        this.feature = feature;
    }

    /** The variant for a CPU: the AVX2 build when it can run, the generic one otherwise. */
    public static NativeVariant forCpu(CpuFeatures cpu) {
        return cpu.hasAvx2() ? ONEDNN_AVX2 : ONEDNN;
    }

    /** The value of JavaCPP's {@code org.bytedeco.javacpp.platform.extension} that selects this build. */
    public String platformExtension() {
        return platformExtension;
    }

    /** The Maven classifier of the nd4j-native jar and the folder name of its libraries, e.g. {@code linux-x86_64-onednn-avx2}. */
    public String classifier() {
        return PLATFORM + platformExtension;
    }

    /** The symbolic name of the bundle that carries this build. */
    public String bundle() {
        return bundle;
    }

    /** The id of the feature that installs {@link #bundle()}. */
    public String feature() {
        return feature;
    }

    /** The class-path resource of the main native library of a build (the platform plus an extension). */
    static String libraryResource(String classifier) {
        return "org/nd4j/linalg/cpu/nativecpu/bindings/" + classifier + "/libnd4jcpu.so";
    }
}
