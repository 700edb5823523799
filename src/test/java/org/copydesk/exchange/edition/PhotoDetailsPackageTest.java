package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.desk.PhotoFiles;
import org.copydesk.desk.PhotoImport;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoDetails;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported photo's orientation and details travel in the edition package, and the exported file
 * carries headline, keywords and city in its XMP and IPTC, as an independent reader sees them.
 */
class PhotoDetailsPackageTest {
    @TempDir
    Path dir;

    @Test
    void orientationDetailsAndTiffsRoundTrip() throws Exception {
        EditionContent fixture = ExportFixtures.edition();
        byte[] turned = PhotoFiles.withSegment(PhotoFiles.jpeg(60, 40), 0xE1, PhotoFiles.exifOrientation(6));
        PhotoImport reader = new PhotoImport();
        Photo portrait = reader.read("portrait.jpg", turned, fixture.edition().id())
                .withCaption(new org.copydesk.model.Caption("市民在江边观看大桥灯光秀。", "张三", "江澜日报", null));
        PhotoDetails details = new PhotoDetails("灯光秀点亮江岸", List.of("灯光秀", "夜景"), "江澜", "2026-11-20", "本报");
        portrait = new Photo(portrait.id(), portrait.editionId(), portrait.fileName(), portrait.mediaType(),
                portrait.bytes(), portrait.sha256(), portrait.widthPx(), portrait.heightPx(), portrait.caption(),
                portrait.orientation(), details);
        Photo scan = reader.read("scan.tif", PhotoFiles.tiff(30, 20), fixture.edition().id());
        List<Photo> photos = new ArrayList<>(fixture.photos());
        photos.add(portrait);
        photos.add(scan);
        EditionContent content = new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), photos);
        Path file = dir.resolve("photos.edition");

        new EditionPackageWriter(ExportFixtures.composer()).write(content, file, ExportProgress.NONE);
        EditionContent read = new EditionPackageReader().read(file);

        Photo back = read.photo(portrait.id()).orElseThrow();
        assertThat(back.orientation()).isEqualTo(6);
        assertThat(back.widthPx()).isEqualTo(40);
        assertThat(back.heightPx()).isEqualTo(60);
        assertThat(back.details()).isEqualTo(details);
        assertThat(read.photo(scan.id()).orElseThrow().mediaType()).isEqualTo("image/tiff");

        Map<String, byte[]> files = PackageFiles.read(file);
        byte[] exported = files.entrySet().stream().filter(e -> e.getKey().endsWith(".jpg"))
                .map(Map.Entry::getValue).filter(b -> b.length < turned.length + 8192 && b.length > turned.length)
                .findFirst().orElseThrow();
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(exported));
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        assertThat(iptc.getStringArray(IptcDirectory.TAG_KEYWORDS)).containsExactly("灯光秀", "夜景");
        assertThat(iptc.getString(IptcDirectory.TAG_HEADLINE)).isEqualTo("灯光秀点亮江岸");
        assertThat(iptc.getString(IptcDirectory.TAG_CITY)).isEqualTo("江澜");
        XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        assertThat(xmp.getXMPMeta().getPropertyString("http://ns.adobe.com/photoshop/1.0/", "City")).isEqualTo("江澜");
        assertThat(xmp.getXMPMeta().getArrayItem("http://purl.org/dc/elements/1.1/", "subject", 2).getValue())
                .isEqualTo("夜景");
    }
}
