package org.neurite.ui.tests;

/** Type ids of the fixture nodes in org.neurite.ui.testnodes. */
final class Fixtures {

    static final String SOURCE = "test.ui.imageSource";
    static final String CONV = "test.ui.convolution";
    static final String PRINTER = "test.ui.textPrinter";
    static final String TRAINER = "test.ui.trainer";
    static final String FAULTY = "test.ui.faulty";

    private Fixtures() {
    }
}
