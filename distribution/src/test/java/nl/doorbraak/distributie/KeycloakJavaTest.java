package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Java the SSO tests start Keycloak with, and what they say when there is none. */
class KeycloakJavaTest {

    @TempDir
    Path jvms;

    @Test
    void theNewestJavaOf21OrLaterUnderTheJvmDirectoryIsChosen() throws IOException {
        jdk("java-17-openjdk-amd64", "17.0.15");
        Path java21 = jdk("java-21-openjdk-amd64", "21.0.8");
        Path temurin25 = jdk("temurin-25-jdk-amd64", "25.0.3");
        jdk("zonder-release", null);

        assertThat(Keycloak.java(null, jvms.resolve("java-17-openjdk-amd64"), 17, jvms))
                .isEqualTo(temurin25.resolve("bin/java").toRealPath());
        assertThat(Keycloak.versie(java21.resolve("bin/java"))).isEqualTo(21);
        assertThat(Keycloak.versie(jvms.resolve("zonder-release/bin/java"))).isEqualTo(-1);
    }

    @Test
    void theEnvironmentVariableWinsButMustNameJava21OrLater() throws IOException {
        Path java21 = jdk("java-21-openjdk-amd64", "21");
        jdk("temurin-25-jdk-amd64", "25.0.3");
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");

        assertThat(Keycloak.java(java21.toString(), java17, 17, jvms)).isEqualTo(java21.resolve("bin/java").toRealPath());
        assertThat(Keycloak.java(java21.resolve("bin/java").toString(), java17, 17, jvms))
                .isEqualTo(java21.resolve("bin/java").toRealPath());
        assertThatThrownBy(() -> Keycloak.java(java17.toString(), java17, 17, jvms))
                .hasMessageContaining(Keycloak.JAVA_OMGEVING).hasMessageContaining("Java 17");
    }

    @Test
    void theTestJvmItselfIsUsedWhenItIsNewEnough() throws IOException {
        Path eigen = jdk("eigen", "25.0.3");
        assertThat(Keycloak.java(null, eigen, 25, jvms.resolve("bestaat-niet"))).isEqualTo(eigen.resolve("bin/java")
                .toRealPath());
    }

    @Test
    void withoutJava21TheFailureSaysWhatToInstall() throws IOException {
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("java-8", "1.8.0_392");
        assertThatThrownBy(() -> Keycloak.java(null, java17, 17, jvms))
                .hasMessageContaining("Java 21 of nieuwer")
                .hasMessageContaining("apt-get install -y openjdk-21-jdk-headless")
                .hasMessageContaining(Keycloak.JAVA_OMGEVING);
        assertThat(Keycloak.versie(jvms.resolve("java-8/bin/java"))).isEqualTo(8);
    }

    /** A JDK directory as the JDK's own layout has it: bin/java (executable) and a release file. */
    private Path jdk(String naam, String versie) throws IOException {
        Path dir = Files.createDirectories(jvms.resolve(naam).resolve("bin")).getParent();
        Path java = dir.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (versie != null) {
            Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + versie + "\"\n");
        }
        return dir;
    }
}
