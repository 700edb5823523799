package org.copydesk.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Converts RGB photos to the press's CMYK with its ICC profile, for a print run that asks for it.
 * The result is written as DeviceCMYK; the same profile is the document's output intent, which is
 * what gives DeviceCMYK its meaning.
 */
final class CmykConverter {
    private static final Words WORDS = Words.ofPackage(CmykConverter.class);
    private final byte[] profileBytes;
    private final ColorSpace cmykSpace;

    private CmykConverter(byte[] profileBytes, ColorSpace cmykSpace) {
        this.profileBytes = profileBytes;
        this.cmykSpace = cmykSpace;
    }

    /** Loads the press profile; refuses a profile that is not an output profile for CMYK. */
    static CmykConverter load(Path iccFile) {
        byte[] bytes;
        ICC_Profile profile;
        try {
            bytes = Files.readAllBytes(iccFile);
            profile = ICC_Profile.getInstance(bytes);
        } catch (IOException e) {
            throw new ExportException(WORDS.format("profile.unreadable", iccFile, FileErrorText.reason(e)), e);
        } catch (IllegalArgumentException e) {
            throw new ExportException(WORDS.format("profile.notIcc", iccFile, e.getMessage()), e);
        }
        if (profile.getColorSpaceType() != ColorSpace.TYPE_CMYK) {
            throw new ExportException(WORDS.format("profile.notCmyk", iccFile));
        }
        return new CmykConverter(bytes, new ICC_ColorSpace(profile));
    }

    /** Without a press profile nothing is converted. */
    static CmykConverter none() {
        return new CmykConverter(new byte[0], null);
    }

    byte[] profileBytes() {
        return profileBytes.clone();
    }

    PDImageXObject toCmykImage(PDDocument document, BufferedImage rgb) throws IOException {
        if (cmykSpace == null) {
            throw new IllegalStateException("no press profile loaded");
        }
        BufferedImage opaque = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = opaque.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(rgb, 0, 0, null);
        g.dispose();
        Raster cmyk = new ColorConvertOp(opaque.getColorModel().getColorSpace(), cmykSpace, null)
                .filter(opaque.getRaster(), null);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(encoded, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
            int[] pixel = new int[4];
            byte[] row = new byte[cmyk.getWidth() * 4];
            for (int y = 0; y < cmyk.getHeight(); y++) {
                for (int x = 0; x < cmyk.getWidth(); x++) {
                    cmyk.getPixel(x, y, pixel);
                    for (int c = 0; c < 4; c++) {
                        row[x * 4 + c] = (byte) pixel[c];
                    }
                }
                out.write(row);
            }
        }
        return new PDImageXObject(document, new ByteArrayInputStream(encoded.toByteArray()), COSName.FLATE_DECODE,
                cmyk.getWidth(), cmyk.getHeight(), 8, PDDeviceCMYK.INSTANCE);
    }
}
