package org.neurite.batch.command;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code neurite --version}: this bundle's version and the Java it runs on. */
final class BundleVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Bundle bundle = FrameworkUtil.getBundle(BundleVersion.class);
        return new String[] {
                "Neurite batch runner " + (bundle == null ? "(version unknown)" : bundle.getVersion()),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")" };
    }
}
