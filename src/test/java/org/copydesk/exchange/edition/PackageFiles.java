package org.copydesk.exchange.edition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.copydesk.render.pdf.ExportFixtures;

/** A package's entries in memory, for reading and for making tampered copies. */
final class PackageFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackageFiles() {
    }

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                files.put(e.getName(), z.readAllBytes());
            }
        }
        return files;
    }

    static void write(Path zip, Map<String, byte[]> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
    }

    static ObjectNode manifest(Map<String, byte[]> files) throws IOException {
        return (ObjectNode) JSON.readTree(files.get("manifest.json"));
    }

    static void putManifest(Map<String, byte[]> files, ObjectNode manifest) throws IOException {
        files.put("manifest.json", JSON.writeValueAsBytes(manifest));
    }

    /** Replaces a file and records its new checksum, so only the change under test is wrong. */
    static void replaceKeepingChecksums(Map<String, byte[]> files, String name, byte[] data) throws IOException {
        files.put(name, data);
        ObjectNode manifest = manifest(files);
        ((ObjectNode) manifest.get("sha256")).put(name, ExportFixtures.sha256(data));
        putManifest(files, manifest);
    }

    static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }
}
