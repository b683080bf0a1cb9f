package com.newsdesk.media.probe;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.nio.file.Path;

/**
 * Reads caption, credit, copyright, orientation and the presence of a location from an image's
 * IPTC, EXIF and XMP blocks, preferring IPTC as agencies fill it most reliably.
 *
 * <p>Metadata in uploads is often odd or broken; that must never fail an upload, so any problem
 * reading it yields {@link Embedded#NONE}.
 */
public final class EmbeddedMetadata {

    /** The sizes of the database columns the fields go to. */
    static final int CAPTION_MAX = 2000;

    static final int CREDIT_MAX = 300;
    static final int COPYRIGHT_MAX = 500;

    private EmbeddedMetadata() {}

    /** The embedded fields of an image that {@link MediaProbe} has accepted. */
    public static Embedded read(Path file) {
        try {
            return read(ImageMetadataReader.readMetadata(file.toFile()));
        } catch (Exception | StackOverflowError e) {
            // A recursive structure in crafted metadata can overflow the parser's stack.
            return Embedded.NONE;
        }
    }

    private static Embedded read(Metadata metadata) {
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        XMPMeta xmp = xmp(metadata);

        String caption = first(string(iptc, IptcDirectory.TAG_CAPTION), altText(xmp, XMPConst.NS_DC, "description"));
        String byLine = first(string(iptc, IptcDirectory.TAG_BY_LINE), arrayItem(xmp, XMPConst.NS_DC, "creator"));
        String agency = first(
                string(iptc, IptcDirectory.TAG_CREDIT),
                string(iptc, IptcDirectory.TAG_SOURCE),
                property(xmp, XMPConst.NS_PHOTOSHOP, "Credit"),
                property(xmp, XMPConst.NS_PHOTOSHOP, "Source"));
        String copyright = first(
                string(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE),
                string(exif, ExifIFD0Directory.TAG_COPYRIGHT),
                altText(xmp, XMPConst.NS_DC, "rights"));
        return new Embedded(
                limit(caption, CAPTION_MAX),
                limit(credit(byLine, agency), CREDIT_MAX),
                limit(copyright, COPYRIGHT_MAX),
                orientation(exif),
                hasGps(metadata));
    }

    /** "Ed Jones/AFP/Getty Images"; either part alone when the other is missing or the same. */
    static String credit(String byLine, String agency) {
        if (byLine == null) {
            return agency;
        }
        if (agency == null || agency.equalsIgnoreCase(byLine)) {
            return byLine;
        }
        return byLine + "/" + agency;
    }

    private static int orientation(ExifIFD0Directory exif) {
        Integer value = exif == null ? null : exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return value != null && value >= 1 && value <= 8 ? value : 1;
    }

    private static boolean hasGps(Metadata metadata) {
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            if (gps.containsTag(GpsDirectory.TAG_LATITUDE)) {
                return true;
            }
        }
        return false;
    }

    private static XMPMeta xmp(Metadata metadata) {
        XmpDirectory directory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        return directory == null ? null : directory.getXMPMeta();
    }

    private static String string(Directory directory, int tag) {
        return directory == null ? null : clean(directory.getString(tag));
    }

    /** The x-default entry of a language alternative, else its first entry. */
    private static String altText(XMPMeta xmp, String namespace, String name) {
        if (xmp == null) {
            return null;
        }
        try {
            XMPProperty text = xmp.getLocalizedText(namespace, name, null, XMPConst.X_DEFAULT);
            return text != null ? clean(text.getValue()) : arrayItem(xmp, namespace, name);
        } catch (XMPException e) {
            return null;
        }
    }

    private static String arrayItem(XMPMeta xmp, String namespace, String name) {
        if (xmp == null) {
            return null;
        }
        try {
            XMPProperty item = xmp.getArrayItem(namespace, name, 1);
            return item == null ? null : clean(item.getValue());
        } catch (XMPException e) {
            return null;
        }
    }

    private static String property(XMPMeta xmp, String namespace, String name) {
        if (xmp == null) {
            return null;
        }
        try {
            return clean(xmp.getPropertyString(namespace, name));
        } catch (XMPException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Trimmed, blank as null, and without control characters other than line breaks and tabs:
     * IPTC fields often end in NULs, which PostgreSQL text cannot store.
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String trimmed = kept.toString().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Cuts to the column size without splitting a surrogate pair, then trims again. */
    static String limit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end).strip();
    }
}
