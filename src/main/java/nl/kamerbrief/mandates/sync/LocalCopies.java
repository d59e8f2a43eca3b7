package nl.kamerbrief.mandates.sync;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The letters the download folder already holds, by file stem and by document GUID: what lets a rerun, an
 * overlapping listing or a second source recognise a document it has and not fetch it again.
 */
final class LocalCopies {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCopies.class);

    /** A letter on disk: its stem, its file (null when only the sidecar is left), its sidecar (null if none). */
    record Copy(String stem, String fileName, Sidecar sidecar) {
    }

    private final Map<String, Copy> byStem = new HashMap<>();
    private final Map<String, Copy> byGuid = new HashMap<>();

    /** Reads the folder: every letter file (not hidden, not a sidecar) and every sidecar beside it. */
    static LocalCopies scan(Path dir) throws IOException {
        LocalCopies c = new LocalCopies();
        Map<String, String> files = new TreeMap<>();
        Map<String, Sidecar> sidecars = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return c;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) {
                    continue;
                }
                if (name.endsWith(Sidecar.SUFFIX)) {
                    try {
                        sidecars.put(name.substring(0, name.length() - Sidecar.SUFFIX.length()),
                                Sidecar.read(Files.readAllBytes(p)));
                    } catch (IOException e) {
                        LOG.warn("{}: not a readable sidecar ({}); its letter will be fetched again", p,
                                e.getMessage());
                    }
                } else {
                    files.putIfAbsent(stem(name), name);
                }
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Sidecar s = sidecars.get(f.getKey());
            String file = s != null && s.file() != null && Files.isRegularFile(dir.resolve(s.file())) ? s.file()
                    : f.getValue();
            c.put(new Copy(f.getKey(), file, s));
        }
        return c;
    }

    Copy byStem(String stem) {
        return byStem.get(stem);
    }

    Copy byGuid(String guid) {
        return guid == null ? null : byGuid.get(guid);
    }

    /** Records a letter as on disk now; a GUID that moved to another stem leaves its old one. */
    void put(Copy c) {
        if (c.sidecar() != null && c.sidecar().guid() != null) {
            Copy before = byGuid.put(c.sidecar().guid(), c);
            if (before != null && !before.stem().equals(c.stem())) {
                byStem.remove(before.stem());
            }
        }
        byStem.put(c.stem(), c);
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
