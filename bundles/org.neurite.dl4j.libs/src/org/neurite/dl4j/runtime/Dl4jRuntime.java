package org.neurite.dl4j.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.config.DL4JClassLoading;
import org.nd4j.common.config.ND4JClassLoading;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Prepares Deeplearning4j and ND4J for use inside OSGi. Call {@link #initialize()} before the first use of any
 * ND4J or DL4J class (the bundle's activator already does so when the bundle starts; calling it again is free).
 * <p>
 * It decides, once per JVM, and before ND4J and JavaCPP read them:
 * <ul>
 * <li>the native build: oneDNN for AVX2 CPUs, or the generic oneDNN build on CPUs without AVX2
 * ({@code org.bytedeco.javacpp.platform.extension}; a value the user gives wins);</li>
 * <li>DL4J's oneDNN layer helpers on ({@code org.eclipse.deeplearning4j.helpers.disable=false}; DL4J's default is
 * off; a value the user gives wins);</li>
 * <li>the JavaCPP native cache folder ({@code org.bytedeco.javacpp.cachedir}, see {@link NativeCacheLocation});</li>
 * <li>the class loader ND4J and DL4J use for their services and helpers: this bundle's, so that the backend is found
 * from any thread, whatever its context class loader.</li>
 * </ul>
 */
public final class Dl4jRuntime {

    /** JavaCPP's system property choosing a native build by its suffix, e.g. {@code -onednn-avx2}. */
    public static final String PLATFORM_EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** JavaCPP's system property for its native cache folder. */
    public static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";
    /** DL4J's system property that switches the cuDNN/oneDNN layer helpers off; DL4J's default is {@code true}. */
    public static final String HELPERS_DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    private static final Object LOCK = new Object();
    private static volatile RuntimeSettings settings;
    private static IllegalStateException failure;

    private Dl4jRuntime() {
    }

    /**
     * Prepares DL4J/ND4J; idempotent and thread-safe. The first call decides; later calls return the same settings.
     *
     * @return what was chosen
     * @throws IllegalStateException when DL4J cannot run here (the message names the problem and the fix), e.g.
     *         the CPU lacks AVX2 and the fallback feature is not installed, or ND4J was loaded before this call
     */
    public static RuntimeSettings initialize() {
        RuntimeSettings current = settings;
        if (current != null) {
            return current;
        }
        synchronized (LOCK) {
            if (settings == null) {
                if (failure != null) {
                    throw new IllegalStateException(failure.getMessage(), failure);
                }
                try {
                    settings = configure();
                } catch (IllegalStateException e) {
                    failure = e;
                    throw e;
                }
            }
            return settings;
        }
    }

    private static RuntimeSettings configure() {
        ClassLoader bundleLoader = Dl4jRuntime.class.getClassLoader();
        BundleContext context = bundleContext();

        requireLinuxX86_64();
        NativeBuild build = chooseNativeBuild(bundleLoader);
        boolean helpers = enableLayerHelpers();
        NativeCacheLocation cache = chooseNativeCache(context);

        ND4JClassLoading.setNd4jClassloader(bundleLoader);
        DL4JClassLoading.setDl4jClassloader(bundleLoader);

        requireJavaCppFollows(System.getProperty(PLATFORM_EXTENSION_PROPERTY), cache.directory());
        return new RuntimeSettings(build.classifier(), build.reason(), helpers, cache);
    }

    private record NativeBuild(String classifier, String reason) {
    }

    /** Sets the JavaCPP platform extension; returns the classifier of the build and why it was chosen. */
    private static NativeBuild chooseNativeBuild(ClassLoader bundleLoader) {
        String userExtension = System.getProperty(PLATFORM_EXTENSION_PROPERTY);
        String extension;
        String reason;
        if (userExtension != null) {
            extension = userExtension.trim();
            reason = "set by -D" + PLATFORM_EXTENSION_PROPERTY;
        } else {
            CpuFeatures cpu = CpuFeatures.ofThisMachine();
            extension = NativeVariant.forCpu(cpu).platformExtension();
            reason = !cpu.known() ? "CPU flags unknown, AVX2 assumed"
                    : cpu.hasAvx2() ? "the CPU has AVX2" : "the CPU has no AVX2";
        }
        String classifier = NativeVariant.PLATFORM + extension;
        requireInstalled(classifier, userExtension != null, bundleLoader);
        System.setProperty(PLATFORM_EXTENSION_PROPERTY, extension);
        return new NativeBuild(classifier, reason);
    }

    /** Turns DL4J's layer helpers on unless the user decided; returns whether they are on. */
    private static boolean enableLayerHelpers() {
        if (System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
            System.setProperty(HELPERS_DISABLE_PROPERTY, "false");
        }
        return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY));
    }

    private static NativeCacheLocation chooseNativeCache(BundleContext context) {
        String userCache = System.getProperty(CACHE_DIR_PROPERTY, System.getProperty("org.bytedeco.javacpp.cacheDir"));
        String configurationArea = context != null ? context.getProperty("osgi.configuration.area")
                : System.getProperty("osgi.configuration.area");
        NativeCacheLocation cache = NativeCacheLocation.choose(userCache, configurationArea, () -> {
            File data = context == null ? null : context.getDataFile("");
            return data == null ? null : data.toPath();
        });
        System.setProperty(CACHE_DIR_PROPERTY, cache.directory().toString());
        return cache;
    }

    private static BundleContext bundleContext() {
        Bundle bundle = FrameworkUtil.getBundle(Dl4jRuntime.class);
        return bundle == null ? null : bundle.getBundleContext();
    }

    private static void requireLinuxX86_64() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("Neurite's Deeplearning4j bundle carries native libraries for "
                    + NativeVariant.PLATFORM + " only; this machine is " + os + "/" + arch + ".");
        }
    }

    private static void requireInstalled(String classifier, boolean userChoice, ClassLoader loader) {
        if (loader.getResource(NativeVariant.libraryResource(classifier)) != null) {
            return;
        }
        String installed = Arrays.stream(NativeVariant.values())
                .filter(v -> loader.getResource(NativeVariant.libraryResource(v.classifier())) != null)
                .map(NativeVariant::classifier)
                .collect(Collectors.joining(", "));
        if (userChoice) {
            throw new IllegalStateException("The native build " + classifier + " chosen by -D"
                    + PLATFORM_EXTENSION_PROPERTY + " is not installed (installed: " + installed
                    + "). Use one of those suffixes, e.g. -D" + PLATFORM_EXTENSION_PROPERTY + "="
                    + NativeVariant.ONEDNN_AVX2.platformExtension() + ", or remove the property.");
        }
        NativeVariant wanted = Arrays.stream(NativeVariant.values())
                .filter(v -> v.classifier().equals(classifier)).findFirst().orElseThrow();
        throw new IllegalStateException("This CPU needs the native build " + classifier + ", which is not installed"
                + " (installed: " + installed + "). Install the feature " + wanted.feature() + " (bundle "
                + wanted.bundle() + ") from the Neurite update site.");
    }

    /** Fails when JavaCPP was initialised before us and so ignores the build or the cache folder chosen here. */
    private static void requireJavaCppFollows(String extension, Path cacheDirectory) {
        Properties javacpp = Loader.loadProperties();
        String used = javacpp.getProperty("platform.extension");
        Path usedCache;
        try {
            usedCache = Loader.getCacheDir().toPath();
        } catch (IOException e) {
            throw new IllegalStateException("JavaCPP cannot use its native cache folder " + cacheDirectory + ": " + e, e);
        }
        if (!extension.equals(used) || !sameFolder(usedCache, cacheDirectory)) {
            throw new IllegalStateException("ND4J/JavaCPP was loaded before Dl4jRuntime.initialize() and uses "
                    + "platform extension '" + used + "' and cache " + usedCache + " instead of '" + extension
                    + "' and " + cacheDirectory + ". Call org.neurite.dl4j.runtime.Dl4jRuntime.initialize() before"
                    + " the first use of ND4J or DL4J.");
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
