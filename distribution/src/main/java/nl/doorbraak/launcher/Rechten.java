package nl.doorbraak.launcher;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The data directory and the logs hold personal data (the database, the verwerkingen journal) and what users typed:
 * only the platform's OS user may read them. bin/doorbraak sets {@code umask 077}, so what the platform creates is
 * private from the start; this also closes what an older installation made readable for others.
 */
final class Rechten {

    private static final Set<PosixFilePermission> GROEP_EN_ANDEREN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Rechten() {
    }

    /**
     * Takes every right of group and others from {@code map} and everything in it (symbolic links are not followed:
     * what they point to is not ours). Does nothing on a file system without POSIX permissions.
     */
    static void alleenEigenaar(Path map) throws IOException {
        if (!posix(map)) {
            return;
        }
        Files.walkFileTree(map, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                beperk(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isSymbolicLink()) {
                    beperk(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // a file that vanished while we walk (the platform is not running yet, so hardly ever): nothing to do
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Creates {@code bestand} readable and writable by its owner only, if it does not exist yet. */
    static Path maakPrive(Path bestand) throws IOException {
        try {
            if (posix(bestand.getParent())) {
                Files.createFile(bestand, PosixFilePermissions.asFileAttribute(
                        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            } else {
                Files.createFile(bestand);
            }
        } catch (FileAlreadyExistsException e) {
            // kept, with the rights alleenEigenaar gave it
        }
        return bestand;
    }

    private static void beperk(Path p) throws IOException {
        PosixFileAttributeView v = Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> rechten = v.readAttributes().permissions();
        if (rechten.removeAll(GROEP_EN_ANDEREN)) {
            v.setPermissions(rechten);
        }
    }

    private static boolean posix(Path p) {
        return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
