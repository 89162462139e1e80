package it.orienta.extraction;

/** Reads an extraction's XLSX back in tests. */
public final class ExtractionSheets {

    private ExtractionSheets() {}

    /** The first worksheet's XML. */
    public static String sheet(byte[] xlsx) throws java.io.IOException {
        return ExtractionWriterTest.sheet(xlsx);
    }
}
