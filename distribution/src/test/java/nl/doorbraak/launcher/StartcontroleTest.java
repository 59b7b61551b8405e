package nl.doorbraak.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks the launcher does before the framework starts; StartfoutenIT shows them with the real script. */
class StartcontroleTest {

    @Test
    void aPortSomeoneListensOnIsReportedAndAFreeOneIsNot() throws Exception {
        try (ServerSocket bezet = new ServerSocket()) {
            bezet.bind(new InetSocketAddress(0));
            int poort = bezet.getLocalPort();
            assertThat(Main.poortVrij(null, poort)).isEqualTo("poort " + poort + " is al in gebruik door een ander programma. "
                    + "Stop dat, of kies een andere poort met DOORBRAAK_PORT.");
            bezet.close();
            assertThat(Main.poortVrij(null, poort)).isNull();
        }
    }

    @Test
    void aPortIsCheckedAtTheBindAddress() throws Exception {
        try (ServerSocket bezet = new ServerSocket()) {
            bezet.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int poort = bezet.getLocalPort();
            assertThat(Main.poortVrij("127.0.0.1", poort)).isEqualTo("poort " + poort + " op 127.0.0.1 is al in gebruik "
                    + "door een ander programma. Stop dat, of kies een andere poort met DOORBRAAK_PORT.");
        }
        // an address of another machine cannot be listened on
        assertThat(Main.poortVrij("192.0.2.1", 8080)).startsWith("het adres 192.0.2.1 hoort niet bij deze machine");
    }

    @Test
    void theDataDirectoryAndLogsBecomePrivateAlsoWhenMadeBefore(@TempDir Path map) throws Exception {
        Path data = Files.createDirectories(map.resolve("data/felix-cache/bundle1"));
        Path db = Files.writeString(map.resolve("data/doorbraak.mv.db"), "x");
        Path jar = Files.writeString(data.resolve("bundle.jar"), "x");
        Path elders = Files.writeString(map.resolve("elders.txt"), "x");
        Path link = Files.createSymbolicLink(map.resolve("data/link"), elders);
        for (Path p : new Path[] { map.resolve("data"), data, db, jar, elders }) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        Rechten.alleenEigenaar(map.resolve("data"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(map.resolve("data")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jar))).isEqualTo("rw-------");
        // what a link points to is not the platform's
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elders))).isEqualTo("rw-r--r--");

        Path log = Rechten.maakPrive(map.resolve("data/doorbraak.log"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    }

    @Test
    void theDataDirectoryIsClaimedOnceAndNamesTheHolder(@TempDir Path data) throws Exception {
        assertThat(Main.claimGegevensmap(data)).isNull();
        long pid = ProcessHandle.current().pid();
        assertThat(Files.readString(data.resolve("doorbraak.lock")).trim()).isEqualTo(Long.toString(pid));
        assertThat(Main.claimGegevensmap(data)).isEqualTo("de gegevensmap " + data + " is al in gebruik door een "
                + "ander Doorbraak-proces (pid " + pid + "). Stop dat eerst, of geef deze start een eigen map met "
                + "DOORBRAAK_DATA.");
    }
}
