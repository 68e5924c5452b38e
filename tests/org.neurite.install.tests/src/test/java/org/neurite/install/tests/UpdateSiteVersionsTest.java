package org.neurite.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What makes installing a newer build over an older one an update in p2: every Neurite unit of the update site
 * carries the same version, whose qualifier is the build's time (yyyyMMddHHmm, so a later build is higher); each
 * feature pins exactly that version of the Neurite units it contains, and a feature that depends on another one
 * names only a lowest version, so an update of both is never refused. Read from the p2 metadata of the zip a user
 * downloads.
 */
class UpdateSiteVersionsTest {

    private static final String PREFIX = "org.neurite.";

    @Test
    void everyNeuriteUnitHasTheBuildsTimestampVersionAndFeaturesPinIt() throws Exception {
        Document content = contentXml();
        Map<String, String> versions = new TreeMap<>();
        List<String> pins = new ArrayList<>();
        NodeList units = content.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            String id = unit.getAttribute("id");
            if (!id.startsWith(PREFIX)) {
                continue;
            }
            versions.put(id, unit.getAttribute("version"));
            if (id.endsWith(".feature.group")) {
                NodeList required = unit.getElementsByTagName("required");
                for (int r = 0; r < required.getLength(); r++) {
                    Element req = (Element) required.item(r);
                    if (req.getAttribute("name").startsWith(PREFIX)
                            && "org.eclipse.equinox.p2.iu".equals(req.getAttribute("namespace"))) {
                        pins.add(id + " -> " + req.getAttribute("name") + " " + req.getAttribute("range"));
                    }
                }
            }
        }
        for (String bundleOrFeature : List.of("org.neurite.engine", "org.neurite.data", "org.neurite.dl",
                "org.neurite.dl4j.libs", "org.neurite.batch", "org.neurite.ui", "org.neurite.engine.feature.feature.group",
                "org.neurite.dl4j.feature.feature.group", "org.neurite.batch.feature.feature.group",
                "org.neurite.ui.feature.feature.group")) {
            assertTrue(versions.containsKey(bundleOrFeature), bundleOrFeature + " is on the update site: " + versions);
        }

        TreeSet<String> distinct = new TreeSet<>(versions.values());
        assertEquals(1, distinct.size(), "one version for every Neurite unit: " + versions);
        String version = distinct.first();
        String qualifier = version.substring(version.lastIndexOf('.') + 1);
        LocalDateTime built = LocalDateTime.parse(qualifier, DateTimeFormatter.ofPattern("yyyyMMddHHmm"));
        assertTrue(built.getYear() >= 2026, "the qualifier is the build's time: " + version);

        assertFalse(pins.isEmpty(), "features name their Neurite units");
        String exact = "[" + version + "," + version + "]";
        for (String pin : pins) {
            String range = pin.substring(pin.lastIndexOf(' ') + 1);
            boolean contained = range.equals(exact);
            boolean lowestOnly = !range.contains(",") && version.startsWith(range);
            assertTrue(contained || lowestOnly,
                    "a feature pins exactly this build's unit, or depends on a lowest version only: " + pin);
        }
    }

    private static Document contentXml() throws Exception {
        URI zip = URI.create(Installation.updateSiteZip().replaceFirst("^jar:", "").replaceFirst("!/$", ""));
        try (InputStream file = zip.toURL().openStream(); ZipInputStream site = new ZipInputStream(file)) {
            for (ZipEntry e; (e = site.getNextEntry()) != null;) {
                if (e.getName().equals("content.jar")) {
                    ZipInputStream jar = new ZipInputStream(site);
                    for (ZipEntry inner; (inner = jar.getNextEntry()) != null;) {
                        if (inner.getName().equals("content.xml")) {
                            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(jar);
                        }
                    }
                }
            }
        }
        throw new AssertionError("No content.jar/content.xml in the update-site zip " + zip);
    }
}
