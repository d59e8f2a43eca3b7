package nl.kamerbrief.mandates.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import picocli.CommandLine;

/** The version from the jar manifest, and the version of the pipeline an incremental run compares. */
public final class Version implements CommandLine.IVersionProvider {

    private static final String OWN_CLASSES = "nl/kamerbrief/mandates/";

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * The release plus a digest of the project's own classes in the jar (their names, sizes and CRCs, read from the
     * jar's directory without unpacking anything): a rebuilt pipeline is another pipeline even under the same
     * release number, so an incremental run reads every input again. Outside a jar (tests, an IDE): the release.
     */
    public static String pipeline() {
        return Pipeline.VERSION;
    }

    private static final class Pipeline {
        static final String VERSION = compute();

        private static String compute() {
            try {
                Path where = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!Files.isRegularFile(where)) {
                    return get();
                }
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<String> own = new ArrayList<>();
                    jar.stream().filter(e -> e.getName().startsWith(OWN_CLASSES) && !e.isDirectory())
                            .forEach((ZipEntry e) -> own.add(e.getName() + " " + e.getSize() + " " + e.getCrc()));
                    own.sort(null);
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    for (String line : own) {
                        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    return get() + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
                }
            } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
                return get();
            }
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mandates " + get() + " (pipeline " + pipeline() + ")"};
    }
}
